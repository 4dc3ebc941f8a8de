package dev.kiln.examples.block;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.cli.KilnLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** block.virtio round-trips data through a file-backed virtio-blk disk under QEMU. */
class BlockVirtioIT {
  private static final Path IMAGE = Path.of("target/block.virtio");
  private static final int BLOCK = 512;

  @BeforeAll
  static void imageAndQemuAreThere() {
    boolean image = Files.isRegularFile(IMAGE);
    boolean qemu = onPath("qemu-system-x86_64");
    if (!image || !qemu) {
      System.out.println("SKIPPED: " + (image ? "qemu-system-x86_64 is not installed"
          : "target/block.virtio was not built"));
    }
    assumeTrue(image && qemu, "needs target/block.virtio and qemu-system-x86_64");
  }

  @Test
  void writesReadsBackAndVerifiesBlocksOnTheDisk(@TempDir Path directory) throws Exception {
    Path disk = directory.resolve("disk.img");
    Files.write(disk, new byte[128 * BLOCK]);
    KilnLauncher.Result result = KilnLauncher.run(Duration.ofMinutes(3), "run", "--mem", "32",
        "--block", "storage=" + disk, IMAGE.toString(), "--", "--seed=9");
    assertThat(result.output()).contains(
        "block: storage: wrote and verified 64 blocks of 512 bytes (capacity 65536)");
    assertThat(result.status()).isEqualTo(0);
    byte[] expected = new byte[64 * BLOCK];
    Pattern.fill(expected, BLOCK, 9);
    assertThat(Arrays.copyOf(Files.readAllBytes(disk), expected.length)).isEqualTo(expected);
  }

  private static boolean onPath(String tool) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(directory, tool))) {
        return true;
      }
    }
    return false;
  }
}

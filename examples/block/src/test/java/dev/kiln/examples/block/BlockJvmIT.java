package dev.kiln.examples.block;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.cli.KilnLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** block.jar: the same application on the jvm target, with a file as its block device. */
class BlockJvmIT {
  private static final Path JAR = Path.of("target/block.jar");
  private static final int BLOCK = 512;

  @Test
  void writesReadsBackAndVerifiesBlocksOnTheFile(@TempDir Path directory) throws Exception {
    Path disk = directory.resolve("disk.img");
    Files.write(disk, new byte[128 * BLOCK]);
    KilnLauncher.Result result = KilnLauncher.run(Duration.ofMinutes(2), "run",
        "--block", "storage=" + disk, JAR.toString(), "--", "--seed=5");
    assertThat(result.output()).contains(
        "block: storage: wrote and verified 64 blocks of 512 bytes (capacity 65536)");
    assertThat(result.status()).isEqualTo(0);
    byte[] expected = new byte[64 * BLOCK];
    Pattern.fill(expected, BLOCK, 5);
    assertThat(Arrays.copyOf(Files.readAllBytes(disk), expected.length)).isEqualTo(expected);
  }

  @Test
  void anUnattachedDeviceIsAClearError() throws Exception {
    KilnLauncher.Result result =
        KilnLauncher.run(Duration.ofMinutes(2), "run", JAR.toString());
    assertThat(result.output()).contains("block device storage is not attached: start the image"
        + " with --block:storage=FILE");
    assertThat(result.status()).isEqualTo(1);
  }
}

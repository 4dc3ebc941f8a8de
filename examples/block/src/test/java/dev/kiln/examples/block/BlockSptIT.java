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

/** block.spt round-trips data through a file-backed device under kiln-spt. */
class BlockSptIT {
  private static final Path IMAGE = Path.of("target/block.spt");
  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final int BLOCK = 512;

  @BeforeAll
  static void imageWasBuilt() {
    assumeTrue(Files.isRegularFile(IMAGE), "target/block.spt was not built");
  }

  @Test
  void writesReadsBackAndVerifiesBlocksOnTheFile(@TempDir Path directory) throws Exception {
    Path disk = directory.resolve("disk.img");
    Files.write(disk, new byte[128 * BLOCK]);
    KilnLauncher.Result result = KilnLauncher.run(TIMEOUT, "run", "--mem", "32",
        "--block", "storage=" + disk, IMAGE.toString(), "--", "--seed=7");
    assertThat(result.output()).contains(
        "block: storage: wrote and verified 64 blocks of 512 bytes (capacity 65536)");
    assertThat(result.status()).isEqualTo(0);

    byte[] expected = new byte[64 * BLOCK];
    Pattern.fill(expected, BLOCK, 7);
    byte[] onDisk = Files.readAllBytes(disk);
    assertThat(Arrays.copyOf(onDisk, expected.length)).isEqualTo(expected);
    assertThat(Arrays.copyOfRange(onDisk, expected.length, onDisk.length))
        .isEqualTo(new byte[onDisk.length - expected.length]);
  }

  @Test
  void anUncaughtExceptionPrintsItsStackTraceAndExitsNonZero(@TempDir Path directory)
      throws Exception {
    Path disk = directory.resolve("disk.img");
    Files.write(disk, new byte[8 * BLOCK]);
    KilnLauncher.Result result = KilnLauncher.run(TIMEOUT, "run", "--block", "storage=" + disk,
        IMAGE.toString(), "--", "--device=nosuch");
    assertThat(result.output()).contains("Uncaught exception: ");
    assertThat(result.output()).contains("the image declares no block device named nosuch");
    assertThat(result.output()).containsMatch("(?m)^\\tat ");
    assertThat(result.status()).isEqualTo(1);
  }

  @Test
  void aMissingDeviceIsAClearError() throws Exception {
    KilnLauncher.Result result = KilnLauncher.run(TIMEOUT, "run", IMAGE.toString());
    assertThat(result.output()).contains(
        "declares device 'storage' but it is not attached; add --block storage=FILE");
    assertThat(result.status()).isEqualTo(2);
  }

  @Test
  void anUndeclaredDeviceIsAClearError(@TempDir Path directory) throws Exception {
    Path disk = directory.resolve("disk.img");
    Files.write(disk, new byte[8 * BLOCK]);
    KilnLauncher.Result result = KilnLauncher.run(TIMEOUT, "run", "--block", "storage=" + disk,
        "--block", "backup=" + disk, IMAGE.toString());
    assertThat(result.output()).contains("declares no block device 'backup'");
    assertThat(result.status()).isEqualTo(2);
  }

  @Test
  void aBadImageIsAClearError(@TempDir Path directory) throws Exception {
    Path truncated = directory.resolve("truncated.spt");
    byte[] image = Files.readAllBytes(IMAGE);
    Files.write(truncated, Arrays.copyOf(image, 100));
    KilnLauncher.Result result = KilnLauncher.run(TIMEOUT, "run", truncated.toString());
    assertThat(result.output()).contains("truncated file");
    assertThat(result.status()).isNotEqualTo(0);
  }
}

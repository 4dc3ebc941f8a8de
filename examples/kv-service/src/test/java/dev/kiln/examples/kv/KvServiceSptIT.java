package dev.kiln.examples.kv;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.cli.KilnLauncher;
import dev.kiln.cli.RunningKiln;
import dev.kiln.testing.HostTap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kv-service.spt under kiln-spt with a file-backed {@code storage} device and its {@code service}
 * network on a tap (host 10.0.0.1, image 10.0.0.2, port 80): keeps its data across restarts of
 * the image ({@link RestartScenario}), and refuses a device holding other data. Needs root and
 * {@code ip} for the tap.
 */
class KvServiceSptIT {
  private static final Path IMAGE = Path.of("target/kv-service.spt");
  private static final String TAP = "kilnkv" + ProcessHandle.current().pid() % 100_000;

  @BeforeAll
  static void imageWasBuiltAndTapsCanBeMade() throws Exception {
    String missing = Files.isRegularFile(IMAGE) ? HostTap.whyUnavailable()
        : "target/kv-service.spt was not built";
    if (missing != null) {
      System.out.println("SKIPPED KvServiceSptIT: " + missing);
    }
    assumeTrue(missing == null, missing);
  }

  @Test
  void keepsItsDataAcrossRestartsOfTheImage(@TempDir Path directory) throws Exception {
    try (HostTap tap = HostTap.create(TAP, "10.0.0.1/24")) {
      RestartScenario scenario = new RestartScenario(
          disk -> RunningKiln.start("run", "--mem", "64", "--net", "service=" + tap.name(),
              "--block", "storage=" + disk, IMAGE.toString(), "--", "--ipv4=10.0.0.2/24"),
          "http://10.0.0.2:80", Duration.ofSeconds(60), Duration.ofSeconds(30));
      scenario.run(directory, "KvServiceSptIT");
    }
  }

  @Test
  void refusesADeviceThatHoldsOtherData(@TempDir Path directory) throws Exception {
    Path disk = directory.resolve("other.img");
    byte[] data = new byte[4 << 20];
    new Random(7).nextBytes(data);
    Files.write(disk, data);
    try (HostTap tap = HostTap.create(TAP, "10.0.0.1/24")) {
      KilnLauncher.Result result = KilnLauncher.run(Duration.ofMinutes(2), "run", "--mem", "64",
          "--net", "service=" + tap.name(), "--block", "storage=" + disk, IMAGE.toString());
      assertThat(result.output()).contains("KvStoreFormatException");
      assertThat(result.output()).contains(
          "block device storage does not hold a Kiln key-value store");
      assertThat(result.output()).contains("It was not touched.");
      assertThat(result.status()).isNotEqualTo(0);
    }
    assertThat(Files.readAllBytes(disk)).isEqualTo(data);
  }
}

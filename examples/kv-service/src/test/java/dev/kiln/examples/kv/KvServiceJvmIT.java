package dev.kiln.examples.kv;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.kv.KvStore;
import dev.kiln.cli.KilnLauncher;
import dev.kiln.cli.RunningKiln;
import dev.kiln.testing.LoopbackPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kv-service.jar under {@code kiln run}: the store on a file, HTTP on the host's sockets at a
 * free port of 127.0.0.1 (no root needed). Keeps its data across restarts ({@link
 * RestartScenario}), answers 507 to a write that does not fit, refuses a device holding
 * other data, and formats a blank one only as the boot line allows ({@code kv-store.format}).
 */
class KvServiceJvmIT {
  private static final Path IMAGE = Path.of("target/kv-service.jar");

  @Test
  void keepsItsDataAcrossRestartsOfTheImage(@TempDir Path directory) throws Exception {
    int port = LoopbackPorts.free();
    RestartScenario scenario = new RestartScenario(
        disk -> RunningKiln.start("run", "--block", "storage=" + disk, IMAGE.toString(), "--",
            "--http.port=" + port, "--jvm.tcp.bind-address=127.0.0.1"),
        "http://127.0.0.1:" + port, Duration.ofSeconds(60), Duration.ofSeconds(30));
    scenario.run(directory, "KvServiceJvmIT");
  }

  @Test
  void aWriteThatDoesNotFitIs507AndStoresNothing(@TempDir Path directory) throws Exception {
    Path disk = directory.resolve("small.img");
    try (var file = new java.io.RandomAccessFile(disk.toFile(), "rw")) {
      file.setLength(3L << 20); // two log areas of about 1.5 MiB
    }
    int port = LoopbackPorts.free();
    byte[] first = new byte[KvStore.MAX_VALUE_BYTES];
    new Random(1).nextBytes(first);
    byte[] second = first.clone();
    second[0]++;
    RunningKiln image = RunningKiln.start("run", "--block", "storage=" + disk, IMAGE.toString(),
        "--", "--http.port=" + port, "--jvm.tcp.bind-address=127.0.0.1");
    try {
      assertThat(image.awaitLine("kv-service: serving", Duration.ofSeconds(60))).isTrue();
      KvClient client = new KvClient("http://127.0.0.1:" + port, Duration.ofSeconds(30));
      assertThat(client.put("first", first)).isEqualTo(201);
      KvClient.Answer full = client.putAnswer("second", second);
      assertThat(full.status()).isEqualTo(KvHandler.INSUFFICIENT_STORAGE);
      assertThat(full.text()).contains("block device storage is full");
      assertThat(client.get("second").status()).isEqualTo(404);
      assertThat(client.get("first").body()).isEqualTo(first);
      assertThat(client.list()).isEqualTo("first\n");
      // Room is made by deleting; then the value fits.
      assertThat(client.delete("first")).isEqualTo(204);
      assertThat(client.put("second", second)).isEqualTo(201);
      assertThat(client.get("second").body()).isEqualTo(second);
    } finally {
      image.close();
      System.out.println("kiln run printed:\n" + image.output());
    }
    assertThat(image.output()).contains("kv-service: PUT /kv/second failed: ");
  }

  @Test
  void refusesADeviceThatHoldsOtherData(@TempDir Path directory) throws Exception {
    Path disk = directory.resolve("other.img");
    byte[] data = new byte[4 << 20];
    new Random(7).nextBytes(data);
    Files.write(disk, data);
    KilnLauncher.Result result = KilnLauncher.run(Duration.ofMinutes(2), "run", "--block",
        "storage=" + disk, IMAGE.toString(), "--", "--http.port=" + LoopbackPorts.free(),
        "--jvm.tcp.bind-address=127.0.0.1");
    assertThat(result.output()).contains("KvStoreFormatException");
    assertThat(result.output()).contains(
        "block device storage does not hold a Kiln key-value store");
    assertThat(result.output()).contains("It was not touched.");
    assertThat(result.status()).isNotEqualTo(0);
    assertThat(Files.readAllBytes(disk)).isEqualTo(data);
  }

  @Test
  void theBootLineCanForbidFormattingABlankDevice(@TempDir Path directory) throws Exception {
    Path disk = directory.resolve("blank.img");
    Files.write(disk, new byte[4 << 20]);
    KilnLauncher.Result result = KilnLauncher.run(Duration.ofMinutes(2), "run", "--block",
        "storage=" + disk, IMAGE.toString(), "--", "--kv-store.format=never",
        "--http.port=" + LoopbackPorts.free(), "--jvm.tcp.bind-address=127.0.0.1");
    assertThat(result.output()).contains("KvStoreFormatException");
    assertThat(result.output()).doesNotContain("kv-service: serving");
    assertThat(result.status()).isNotEqualTo(0);
    assertThat(Files.readAllBytes(disk)).isEqualTo(new byte[4 << 20]);
  }
}

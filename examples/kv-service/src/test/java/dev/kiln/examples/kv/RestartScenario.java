package dev.kiln.examples.kv;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.kiln.cli.RunningKiln;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

/**
 * What every target must show: kv-service keeps its data across restarts of the image on the
 * same device file. Three boots on a new, blank file; each is ended by killing the image (no
 * clean shutdown), so only writes the store made durable before answering can survive:
 *
 * <ol>
 *   <li>formats the blank device; puts, replaces, deletes; checks the answers and the errors.
 *   <li>finds exactly the keys and bytes acknowledged in boot 1 (a deleted key stays deleted);
 *       deletes one more key and replaces a value.
 *   <li>finds the state boot 2 left.
 * </ol>
 */
final class RestartScenario {
  /** Starts the image on {@code disk}; the scenario waits for it to serve and stops it. */
  interface Boot {
    RunningKiln start(Path disk) throws Exception;
  }

  private static final String READY = "kv-service: serving ";
  private static final String ODD_KEY = "dir/ü x?#%";

  private final Boot boot;
  private final KvClient client;
  private final Duration startTimeout;

  RestartScenario(Boot boot, String base, Duration startTimeout, Duration requestTimeout) {
    this.boot = boot;
    this.client = new KvClient(base, requestTimeout);
    this.startTimeout = startTimeout;
  }

  /** Runs the three boots on a new 64 MiB blank file in {@code directory}. */
  void run(Path directory, String name) throws Exception {
    Path disk = directory.resolve("kv.img");
    try (var file = new java.io.RandomAccessFile(disk.toFile(), "rw")) {
      file.setLength(64L << 20);
    }
    byte[] first = bytes(4096, 1);
    byte[] second = bytes(4096, 2);
    byte[] odd = bytes(100, 3);
    byte[] third = bytes(10_000, 4);

    String output = serve(disk, name + " boot 1", () -> {
      assertThat(client.list()).isEmpty();
      assertThat(client.get("alpha").status()).isEqualTo(404);
      assertThat(client.put("alpha", first)).isEqualTo(201);
      assertThat(client.put("alpha", second)).isEqualTo(204);
      assertThat(client.put(ODD_KEY, odd)).isEqualTo(201);
      assertThat(client.put("empty", new byte[0])).isEqualTo(201);
      assertThat(client.put("beta", first)).isEqualTo(201);
      assertThat(client.put("gamma", first)).isEqualTo(201);
      assertThat(client.delete("beta")).isEqualTo(204);
      assertThat(client.delete("beta")).isEqualTo(404);
      assertThat(client.get("beta").status()).isEqualTo(404);
      assertThat(client.get("alpha").body()).isEqualTo(second);
      assertThat(client.get(ODD_KEY).body()).isEqualTo(odd);
      // Errors: a key that is not UTF-8, a value over the limit, a query the list does not take.
      assertThat(client.getPath("/kv/%C3%28").status()).isEqualTo(400);
      assertThat(client.put("huge", new byte[(1 << 20) + 1])).isEqualTo(413);
      assertThat(client.get("huge").status()).isEqualTo(404);
      assertThat(client.getPath("/kv/?other=1").status()).isEqualTo(400);
      assertThat(client.getPath("/elsewhere").status()).isEqualTo(404);
      assertThat(client.list()).isEqualTo("alpha\ndir/%C3%BC%20x%3F%23%25\nempty\ngamma\n");
      assertThat(client.getPath("/kv/?prefix=d").text()).isEqualTo("dir/%C3%BC%20x%3F%23%25\n");
    });
    assertThat(output).contains("kv-store: formatted block device storage");
    assertThat(output).contains(READY + "0 keys");

    output = serve(disk, name + " boot 2", () -> {
      assertThat(client.list()).isEqualTo("alpha\ndir/%C3%BC%20x%3F%23%25\nempty\ngamma\n");
      assertThat(client.get("alpha").body()).isEqualTo(second);
      assertThat(client.get(ODD_KEY).body()).isEqualTo(odd);
      KvClient.Answer empty = client.get("empty");
      assertThat(empty.status()).isEqualTo(200);
      assertThat(empty.body()).isEmpty();
      assertThat(client.get("beta").status()).isEqualTo(404);
      assertThat(client.delete("gamma")).isEqualTo(204);
      assertThat(client.put("alpha", third)).isEqualTo(204);
    });
    assertThat(output).doesNotContain("formatted");
    assertThat(output).contains(READY + "4 keys");

    output = serve(disk, name + " boot 3", () -> {
      assertThat(client.list()).isEqualTo("alpha\ndir/%C3%BC%20x%3F%23%25\nempty\n");
      assertThat(client.get("gamma").status()).isEqualTo(404);
      assertThat(client.get("alpha").body()).isEqualTo(third);
      assertThat(client.get(ODD_KEY).body()).isEqualTo(odd);
    });
    assertThat(output).contains(READY + "3 keys");
    assertWithMessage("the device file keeps its size").that(Files.size(disk))
        .isEqualTo(64L << 20);
  }

  /** Something to do against the served image. */
  interface Requests {
    void run() throws Exception;
  }

  /** Boots, waits for it to serve, runs {@code requests}, kills it; returns what it printed. */
  private String serve(Path disk, String what, Requests requests) throws Exception {
    RunningKiln image = boot.start(disk);
    try {
      assertWithMessage(what + " did not start serving").that(
          image.awaitLine(READY, startTimeout)).isTrue();
      requests.run();
    } finally {
      image.close();
      System.out.println(what + ": kiln run printed:\n" + image.output());
    }
    assertWithMessage(what + ": something it started still runs").that(image.anyAlive())
        .isFalse();
    return image.output();
  }

  private static byte[] bytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}

package dev.kiln.examples.echo;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.cli.RunningKiln;
import dev.kiln.testing.LoopbackPorts;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * echo-dhcp.virtio under QEMU on its user network: the image gets 10.0.2.15 from QEMU's built-in
 * DHCP server (10.0.2.2), and a host port forwarded to its port 7 reaches the echo server. One
 * connection echoes 1 MiB byte-exact (SHA-256), then four at once echo 128 KiB each. QEMU runs
 * with TCG where there is no KVM, so sizes are modest and timeouts generous. Needs
 * {@code qemu-system-x86_64}; no root, no tap.
 */
class EchoVirtioIT {
  private static final Path IMAGE = Path.of("target/echo-dhcp.virtio");
  private static final int TIMEOUT_MILLIS = 120_000;

  @BeforeAll
  static void imageAndQemuAreThere() {
    String missing = null;
    if (!Files.isRegularFile(IMAGE)) {
      missing = "target/echo-dhcp.virtio was not built";
    } else if (!onPath("qemu-system-x86_64")) {
      missing = "qemu-system-x86_64 is not installed (Debian's qemu-system-x86)";
    }
    if (missing != null) {
      System.out.println("SKIPPED EchoVirtioIT: " + missing);
    }
    assumeTrue(missing == null, missing);
  }

  @Test
  void leasesItsAddressByDhcpThenEchoesOverAForwardedPort() throws Exception {
    int port = LoopbackPorts.free();
    RunningKiln image = RunningKiln.start("run", "--mem", "64", "--net", "service=user",
        "--forward", "tcp:" + port + ":7", IMAGE.toString());
    try {
      assertThat(image.awaitLine("echo: leased", Duration.ofSeconds(180))).isTrue();
      assertThat(image.output()).containsMatch(
          "echo: leased 10\\.0\\.2\\.15/24 from 10\\.0\\.2\\.2 for \\d+ s, gateway 10\\.0\\.2\\.2");

      long started = System.nanoTime();
      String one = echo(port, 1 << 20, 1);
      long millis = (System.nanoTime() - started) / 1_000_000;
      System.out.println("EchoVirtioIT: 1 MiB echoed in " + millis + " ms: " + one);

      started = System.nanoTime();
      echo(port, 128 * 1024, 4);
      millis = (System.nanoTime() - started) / 1_000_000;
      System.out.println("EchoVirtioIT: 4 concurrent connections of 128 KiB echoed in " + millis
          + " ms");
    } finally {
      // The server never exits by itself: stop kiln run and QEMU, which it started.
      image.close();
      System.out.println("kiln run printed:\n" + image.output());
    }
    assertThat(image.anyAlive()).isFalse();
    // No QEMU of ours is left forwarding the port.
    assertThat(ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains("hostfwd=tcp::" + port + "-:7"))
        .count()).isEqualTo(0);
  }

  /**
   * Echoes {@code size} random bytes on each of {@code clients} connections at once, writing from
   * one thread while reading on another, and checks each echo by SHA-256. Returns the digest of
   * the first.
   */
  private static String echo(int port, int size, int clients) throws Exception {
    ExecutorService pool = Executors.newCachedThreadPool();
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        long seed = i;
        results.add(pool.submit(() -> {
          byte[] data = new byte[size];
          new Random(seed).nextBytes(data);
          try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            Future<?> sent = pool.submit(() -> {
              OutputStream out = socket.getOutputStream();
              out.write(data);
              out.flush();
              socket.shutdownOutput();
              return null;
            });
            MessageDigest got = MessageDigest.getInstance("SHA-256");
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
              got.update(buffer, 0, read);
              total += read;
            }
            sent.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
            String actual = HexFormat.of().formatHex(got.digest());
            assertThat(total).isEqualTo((long) size);
            assertThat(actual).isEqualTo(expected);
            return actual;
          }
        }));
      }
      String first = null;
      for (Future<String> result : results) {
        String digest = result.get(2L * TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        first = first == null ? digest : first;
      }
      return first;
    } finally {
      pool.shutdownNow();
    }
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

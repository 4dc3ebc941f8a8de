package dev.kiln.examples.echo;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.cli.RunningKiln;
import dev.kiln.testing.HostTap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * echo.spt on a tap device serves TCP echo to Linux's own TCP: one client sends 10 MiB and reads
 * it back byte-exact (SHA-256), then eight clients at once do the same with 256 KiB each, and a
 * connection to a closed port is refused. The clients are Python's socket module. Needs root (to
 * create the tap), {@code ip} and {@code python3}.
 */
class EchoSptIT {
  private static final Path IMAGE = Path.of("target/echo.spt");
  private static final String TAP = "kilnecho" + ProcessHandle.current().pid() % 100_000;

  private HostTap tap;

  /**
   * Python client: argv = host port bytes clients. Each client sends random bytes from a thread
   * while reading the echo, and compares SHA-256 digests; prints one OK line per client.
   */
  private static final String CLIENT = String.join("\n",
      "import hashlib, os, socket, sys, threading",
      "host, port, size, clients = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])",
      "results = [None] * clients",
      "def run(i):",
      "    data = os.urandom(size)",
      "    s = socket.create_connection((host, port), timeout=60)",
      "    def send():",
      "        s.sendall(data)",
      "        s.shutdown(socket.SHUT_WR)",
      "    t = threading.Thread(target=send); t.start()",
      "    got = bytearray()",
      "    while True:",
      "        chunk = s.recv(65536)",
      "        if not chunk: break",
      "        got += chunk",
      "    t.join(); s.close()",
      "    ok = hashlib.sha256(got).hexdigest() == hashlib.sha256(data).hexdigest()",
      "    results[i] = 'OK %d %d %s' % (i, len(got), hashlib.sha256(got).hexdigest()[:16]) if ok"
          + " else 'BAD %d %d' % (i, len(got))",
      "threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]",
      "[t.start() for t in threads]",
      "[t.join() for t in threads]",
      "print('\\n'.join(str(r) for r in results))");

  @BeforeAll
  static void canCreateATapAndConnect() throws Exception {
    String missing = null;
    if (!Files.isRegularFile(IMAGE)) {
      missing = "target/echo.spt was not built";
    } else if (!HostTap.isRoot()) {
      missing = "creating a tap device needs root";
    } else if (!Files.exists(Path.of("/dev/net/tun"))) {
      missing = "/dev/net/tun is not available";
    } else if (!HostTap.onPath("ip") || !HostTap.onPath("python3")) {
      missing = "needs the ip and python3 commands (iproute2, python3)";
    }
    if (missing != null) {
      System.out.println("SKIPPED EchoSptIT: " + missing);
    }
    assumeTrue(missing == null, missing);
  }

  @BeforeEach
  void createTap() throws Exception {
    tap = HostTap.create(TAP, "10.0.0.1/24");
  }

  @AfterEach
  void removeTap() throws Exception {
    if (tap != null) {
      tap.close();
    }
  }

  @Test
  void echoesTenMebibytesByteExactThenEightConnectionsAtOnce() throws Exception {
    RunningKiln image = RunningKiln.start("run", "--net", "service=" + TAP, IMAGE.toString(),
        "--", "--ipv4=10.0.0.2/24");
    try {
      assertThat(image.awaitLine("echo: listening", Duration.ofSeconds(60))).isTrue();

      long started = System.nanoTime();
      String one = client(10 << 20, 1);
      long millis = (System.nanoTime() - started) / 1_000_000;
      System.out.println("EchoSptIT: 10 MiB echoed in " + millis + " ms: " + one.trim());
      assertThat(one.trim()).startsWith("OK 0 10485760 ");

      String many = client(256 * 1024, 8);
      System.out.println("EchoSptIT: 8 concurrent connections:\n" + many.trim());
      String[] lines = many.trim().split("\n");
      assertThat(lines).hasLength(8);
      for (String line : lines) {
        assertThat(line).startsWith("OK ");
        assertThat(line).contains(" 262144 ");
      }
      assertThat(image.output()).contains("echo: listening on port 7");

      // A port nobody listens on answers with RST: Linux reports the connection refused.
      Process refused = new ProcessBuilder("python3", "-c", String.join("\n",
          "import socket",
          "try:",
          "    socket.create_connection(('10.0.0.2', 8), timeout=10)",
          "    print('CONNECTED')",
          "except ConnectionRefusedError:",
          "    print('REFUSED')")).redirectErrorStream(true).start();
      String refusal = readAll(refused.getInputStream());
      assertThat(refused.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(refusal.trim()).isEqualTo("REFUSED");
    } finally {
      // The server never exits by itself: stop kiln run and the tender it started.
      image.close();
      System.out.println("kiln run printed:\n" + image.output());
    }
  }

  private static String client(int bytes, int clients) throws Exception {
    Process python = new ProcessBuilder("python3", "-c", CLIENT, "10.0.0.2", "7",
        Integer.toString(bytes), Integer.toString(clients)).redirectErrorStream(true).start();
    String output = readAll(python.getInputStream());
    assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(python.exitValue()).isEqualTo(0);
    return output;
  }

  private static String readAll(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

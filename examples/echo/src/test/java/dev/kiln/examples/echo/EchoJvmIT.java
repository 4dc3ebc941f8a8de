package dev.kiln.examples.echo;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.cli.Kiln;
import dev.kiln.tools.report.ImageReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * echo.jar under {@code kiln run} serves TCP echo through the host's sockets (JvmTcpModule, no
 * Kiln network stack): one client sends 10 MiB and reads it back byte-exact (SHA-256), then eight
 * clients at once do the same with 256 KiB each. The port is a free one, given at boot with
 * {@code --echo.port}, so no root is needed; the clients are plain Java sockets on 127.0.0.1.
 */
class EchoJvmIT {
  private static final Path IMAGE = Path.of("target/echo.jar");
  private static final Path COMPONENTS = Path.of("target/kiln/echo/components.json");

  @Test
  void jvmImageUsesTheHostsTcpNotKilnsStack() throws IOException {
    ImageReport.TargetEntry jvm = ImageReport.read(COMPONENTS).target("jvm");
    List<String> modules = new ArrayList<>();
    for (ImageReport.ModuleEntry module : jvm.modules()) {
      modules.add(module.module());
    }
    assertThat(modules).contains("dev.kiln.jvm.JvmTcpModule");
    for (String module : modules) {
      assertThat(module).doesNotContain("dev.kiln.net.");
    }
  }

  @Test
  void echoesTenMebibytesByteExactThenEightConnectionsAtOnce() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Kiln.class.getName());
    command.addAll(List.of("run", IMAGE.toString(), "--", "--echo.port=" + port,
        "--jvm.tcp.bind-address=127.0.0.1"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuffer output = new StringBuffer();
    CountDownLatch listening = new CountDownLatch(1);
    Thread reader = new Thread(() -> read(process.getInputStream(), output, listening));
    reader.setDaemon(true);
    reader.start();
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      assertThat(listening.await(60, TimeUnit.SECONDS)).isTrue();

      long started = System.nanoTime();
      assertThat(clients.submit(() -> echo(port, 10 << 20, 1)).get(120, TimeUnit.SECONDS))
          .isTrue();
      System.out.println("EchoJvmIT: 10 MiB echoed in "
          + (System.nanoTime() - started) / 1_000_000 + " ms");

      List<Future<Boolean>> many = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        int seed = 100 + i;
        many.add(clients.submit(() -> echo(port, 256 * 1024, seed)));
      }
      for (Future<Boolean> one : many) {
        assertThat(one.get(120, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(output.toString()).contains("echo: listening on port " + port);
    } finally {
      clients.shutdownNow();
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      System.out.println("kiln run printed:\n" + output);
    }
  }

  /** Sends {@code size} random bytes from a second thread, reads the echo, compares SHA-256. */
  private static boolean echo(int port, int size, long seed) throws Exception {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
      socket.setSoTimeout(60_000);
      Thread sender = new Thread(() -> {
        try {
          OutputStream out = socket.getOutputStream();
          out.write(data);
          out.flush();
          socket.shutdownOutput();
        } catch (IOException e) {
          throw new RuntimeException(e);
        }
      });
      sender.start();
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[65536];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) >= 0) {
        digest.update(buffer, 0, n);
        total += n;
      }
      sender.join(60_000);
      return total == size && MessageDigest.isEqual(digest.digest(),
          MessageDigest.getInstance("SHA-256").digest(data));
    }
  }

  private static void read(InputStream in, StringBuffer output, CountDownLatch listening) {
    try (in) {
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        output.append((char) c);
        if (c == '\n') {
          if (line.toString().startsWith("echo: listening")) {
            listening.countDown();
          }
          line.setLength(0);
        } else {
          line.append((char) c);
        }
      }
    } catch (IOException e) {
      output.append("\n[reading the image's output failed: ").append(e).append("]\n");
    }
  }
}

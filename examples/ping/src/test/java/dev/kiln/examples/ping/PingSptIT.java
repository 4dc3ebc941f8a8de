package dev.kiln.examples.ping;

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
 * ping.spt on a tap device answers Linux's own ping: ARP, then three ICMP echoes, then the image
 * exits 0. Needs root (to create the tap), {@code ip} and {@code ping}.
 */
class PingSptIT {
  private static final Path IMAGE = Path.of("target/ping.spt");
  private static final String TAP = "kilnping" + ProcessHandle.current().pid() % 100_000;

  private HostTap tap;

  @BeforeAll
  static void canCreateATapAndPing() throws Exception {
    String missing = null;
    if (!Files.isRegularFile(IMAGE)) {
      missing = "target/ping.spt was not built";
    } else if (!HostTap.isRoot()) {
      missing = "creating a tap device needs root";
    } else if (!Files.exists(Path.of("/dev/net/tun"))) {
      missing = "/dev/net/tun is not available";
    } else if (!HostTap.onPath("ip") || !HostTap.onPath("ping")) {
      missing = "needs the ip and ping commands (iproute2, iputils-ping)";
    }
    if (missing != null) {
      System.out.println("SKIPPED PingSptIT: " + missing);
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
  void answersThreeEchoRequestsFromLinuxThenExitsZero() throws Exception {
    try (RunningKiln image = RunningKiln.start("run", "--net", "service=" + TAP,
        IMAGE.toString(), "--", "--ipv4=10.0.0.2/24")) {
      assertThat(image.awaitLine("ping: listening", Duration.ofSeconds(60))).isTrue();

      Process ping = new ProcessBuilder("ping", "-c", "3", "-W", "2", "10.0.0.2")
          .redirectErrorStream(true).start();
      String pingOutput = readAll(ping.getInputStream());
      assertThat(ping.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(pingOutput).contains("3 packets transmitted, 3 received");
      assertThat(ping.exitValue()).isEqualTo(0);

      assertThat(image.awaitExit(Duration.ofSeconds(30))).isTrue();
      String output = image.output();
      assertThat(output).contains("ping: listening on 10.0.0.2/24, answering 3 echo requests");
      assertThat(output).contains("ping: answered echo request 1 from 10.0.0.1 (1 of 3)");
      assertThat(output).contains("ping: answered echo request 3 from 10.0.0.1 (3 of 3)");
      assertThat(image.process().exitValue()).isEqualTo(0);
    }
  }

  private static String readAll(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

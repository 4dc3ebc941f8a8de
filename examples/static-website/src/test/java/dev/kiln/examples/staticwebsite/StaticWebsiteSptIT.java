package dev.kiln.examples.staticwebsite;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.cli.RunningKiln;
import dev.kiln.testing.HostTap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * static-website.spt on a tap device, through Kiln's own HTTP server, TCP/IP stack and the
 * kiln-spt tender, reached from Linux's TCP at 10.0.80.2:80 (a subnet of its own, so that other
 * tap tests running at the same time do not share its route). Needs root (to create the tap),
 * {@code /dev/net/tun} and {@code ip}.
 */
class StaticWebsiteSptIT extends StaticWebsiteContract {
  private static final Path IMAGE = Path.of("target/static-website.spt");
  private static final String TAP = "kilnweb" + ProcessHandle.current().pid() % 100_000;

  private RunningKiln image;
  private HostTap tap;

  @Override
  void startImage() throws Exception {
    String missing = Files.isRegularFile(IMAGE) ? HostTap.whyUnavailable()
        : "target/static-website.spt was not built";
    if (missing != null) {
      System.out.println("SKIPPED StaticWebsiteSptIT: " + missing);
    }
    assumeTrue(missing == null, missing);
    tap = HostTap.create(TAP, "10.0.80.1/24");
    image = RunningKiln.start("run", "--net", "service=" + TAP, IMAGE.toString(), "--",
        "--ipv4=10.0.80.2/24");
    assertThat(image.awaitLine("static-website: serving", Duration.ofSeconds(60))).isTrue();
    assertThat(image.output()).contains("static-website: serving 4 files on port 80");
  }

  @Override
  void stopImage() throws Exception {
    try {
      if (image != null) {
        // The server never exits by itself: stop kiln run and the tender it started.
        image.close();
        printConsoleTail(image.output());
        assertThat(image.anyAlive()).isFalse();
      }
    } finally {
      if (tap != null) {
        tap.close();
      }
    }
  }

  @Override
  String host() {
    return "10.0.80.2";
  }

  @Override
  int port() {
    return 80;
  }

  @Override
  String consoleOutput() {
    return image.output();
  }
}

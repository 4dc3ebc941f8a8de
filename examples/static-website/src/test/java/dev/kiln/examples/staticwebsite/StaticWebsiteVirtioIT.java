package dev.kiln.examples.staticwebsite;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.cli.RunningKiln;
import dev.kiln.testing.LoopbackPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * static-website-dhcp.virtio under QEMU on its user network: the image leases 10.0.2.15 from
 * QEMU's DHCP server, and a free host port forwarded to its port 80 reaches the site. QEMU runs
 * with TCG where there is no KVM. Needs {@code qemu-system-x86_64}; no root, no tap.
 */
class StaticWebsiteVirtioIT extends StaticWebsiteContract {
  private static final Path IMAGE = Path.of("target/static-website-dhcp.virtio");

  private RunningKiln image;
  private int port;

  @Override
  void startImage() throws Exception {
    String missing = null;
    if (!Files.isRegularFile(IMAGE)) {
      missing = "target/static-website-dhcp.virtio was not built";
    } else if (!onPath("qemu-system-x86_64")) {
      missing = "qemu-system-x86_64 is not installed (Debian's qemu-system-x86)";
    }
    if (missing != null) {
      System.out.println("SKIPPED StaticWebsiteVirtioIT: " + missing);
    }
    assumeTrue(missing == null, missing);
    port = LoopbackPorts.free();
    image = RunningKiln.start("run", "--mem", "64", "--net", "service=user",
        "--forward", "tcp:" + port + ":80", IMAGE.toString());
    assertThat(image.awaitLine("static-website: leased", Duration.ofSeconds(180))).isTrue();
    assertThat(image.output()).contains("static-website: leased 10.0.2.15/24 from 10.0.2.2");
  }

  @Override
  void stopImage() throws Exception {
    if (image != null) {
      // The server never exits by itself: stop kiln run and QEMU, which it started.
      image.close();
      printConsoleTail(image.output());
      assertThat(image.anyAlive()).isFalse();
    }
  }

  @Override
  String host() {
    return "127.0.0.1";
  }

  @Override
  int port() {
    return port;
  }

  @Override
  String consoleOutput() {
    return image.output();
  }
}

package dev.kiln.examples.kv;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.cli.RunningKiln;
import dev.kiln.testing.HostTap;
import dev.kiln.testing.LoopbackPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kv-service.virtio under QEMU with a file-backed virtio-blk {@code storage} disk and its
 * {@code service} network on QEMU's user network (the image at QEMU's guest address 10.0.2.15, a
 * free host port forwarded to its port 80): keeps its data across restarts of the image ({@link
 * RestartScenario}). QEMU runs with TCG where there is no KVM, hence the generous timeouts.
 * Needs {@code qemu-system-x86_64}; no root.
 */
class KvServiceVirtioIT {
  private static final Path IMAGE = Path.of("target/kv-service.virtio");

  @BeforeAll
  static void imageAndQemuAreThere() {
    String missing = null;
    if (!Files.isRegularFile(IMAGE)) {
      missing = "target/kv-service.virtio was not built";
    } else if (!HostTap.onPath("qemu-system-x86_64")) {
      missing = "qemu-system-x86_64 is not installed (Debian's qemu-system-x86)";
    }
    if (missing != null) {
      System.out.println("SKIPPED KvServiceVirtioIT: " + missing);
    }
    assumeTrue(missing == null, missing);
  }

  @Test
  void keepsItsDataAcrossRestartsOfTheImage(@TempDir Path directory) throws Exception {
    int port = LoopbackPorts.free();
    RestartScenario scenario = new RestartScenario(
        disk -> RunningKiln.start("run", "--mem", "64", "--net", "service=user",
            "--forward", "tcp:" + port + ":80", "--block", "storage=" + disk, IMAGE.toString(),
            "--", "--ipv4=10.0.2.15/24", "--ipv4-gateway=10.0.2.2"),
        "http://127.0.0.1:" + port, Duration.ofSeconds(180), Duration.ofSeconds(60));
    scenario.run(directory, "KvServiceVirtioIT");
  }
}

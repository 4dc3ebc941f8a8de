package dev.kiln.examples.hello;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.cli.KilnLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** hello.virtio, as `mvn package` built it, booted under QEMU (KVM when usable, else TCG). */
class HelloVirtioIT {
  private static final Path IMAGE = Path.of("target/hello.virtio");
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @BeforeAll
  static void imageAndQemuAreThere() {
    Tools.skipUnless(Files.isRegularFile(IMAGE), "target/hello.virtio was not built");
    Tools.skipUnless(Tools.onPath("qemu-system-x86_64"),
        "qemu-system-x86_64 is not installed (sh .ci/setup installs it)");
  }

  @Test
  void bootsPrintsTheGreetingAndItsExitStatusReachesTheHost() throws Exception {
    KilnLauncher.Result result = KilnLauncher.run(TIMEOUT, "run", "--mem", "32", IMAGE.toString());
    assertThat(result.output()).containsMatch("(?m)^Hello, Kiln! Booted in \\d+\\.\\d{3} ms\\.\\r?$");
    assertThat(result.status()).isEqualTo(0);
  }

  @Test
  void aNonZeroExitStatusReachesTheHost() throws Exception {
    KilnLauncher.Result result =
        KilnLauncher.run(TIMEOUT, "run", "--mem", "32", IMAGE.toString(), "--", "--colour=red");
    assertThat(result.output()).contains("hello: unknown option --colour");
    assertThat(result.status()).isEqualTo(2);
  }
}

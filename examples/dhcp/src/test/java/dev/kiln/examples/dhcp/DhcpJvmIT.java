package dev.kiln.examples.dhcp;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.kiln.cli.KilnLauncher;
import dev.kiln.tools.report.ImageReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * dhcp.jar under {@code kiln run}: on the jvm target the host does addressing and name lookups,
 * so the same application gets the host's address as its "lease" (JvmDhcpModule) and resolves
 * through the host's resolver (JvmDnsModule). The name is {@code localhost}, which the machine
 * answers itself, so no network is needed; no root either.
 */
class DhcpJvmIT {
  private static final Path IMAGE = Path.of("target/dhcp.jar");
  private static final Path COMPONENTS = Path.of("target/kiln/dhcp/components.json");

  @Test
  void jvmImageUsesTheHostsAddressingAndResolverNotKilnsStack() throws Exception {
    List<String> modules = new ArrayList<>();
    for (ImageReport.ModuleEntry module : ImageReport.read(COMPONENTS).target("jvm").modules()) {
      modules.add(module.module());
    }
    assertThat(modules).containsAtLeast("dev.kiln.jvm.JvmDhcpModule", "dev.kiln.jvm.JvmDnsModule");
    for (String module : modules) {
      assertThat(module).doesNotContain("dev.kiln.net.");
    }
  }

  @Test
  void reportsTheHostsAddressThenResolvesLocalhost() throws Exception {
    KilnLauncher.Result result = KilnLauncher.run(Duration.ofSeconds(60), "run",
        IMAGE.toString(), "--", "--lookup.name=localhost");
    String output = result.output();
    assertWithMessage("kiln run printed:\n%s", output).that(result.status()).isEqualTo(0);
    assertThat(output).contains("dhcp: asking for an address");
    assertThat(output).containsMatch(
        "dhcp: leased [0-9.]+/[0-9]+ from 0\\.0\\.0\\.0 for 4294967295 s, gateway [0-9.]+");
    assertThat(output).contains("dns: localhost is 127.0.0.1");
  }

  @Test
  void aNameTheHostCannotResolveFailsAndExitsOne() throws Exception {
    KilnLauncher.Result result = KilnLauncher.run(Duration.ofSeconds(60), "run",
        IMAGE.toString(), "--", "--lookup.name=bad..name");
    assertWithMessage("kiln run printed:\n%s", result.output()).that(result.status())
        .isEqualTo(1);
    assertThat(result.output()).contains("dns: bad..name failed: BAD_NAME");
  }
}

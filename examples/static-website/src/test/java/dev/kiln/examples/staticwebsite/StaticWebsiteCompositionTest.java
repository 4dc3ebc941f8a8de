package dev.kiln.examples.staticwebsite;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.tools.report.ImageReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The component reports the processor wrote for both images: the static-site blueprint (and the
 * tcp-service blueprint it applies) composed them, and each setting says where it came from.
 */
class StaticWebsiteCompositionTest {
  private static final Path STATIC =
      Path.of("target/classes/META-INF/kiln/static-website/components.json");
  private static final Path DHCP =
      Path.of("target/classes/META-INF/kiln/static-website-dhcp/components.json");

  @Test
  void theBlueprintComposesTheSiteAndSaysSo() throws Exception {
    ImageReport report = ImageReport.read(STATIC);
    assertThat(report.blueprints()).containsAtLeast("static-site@0.1.0-SNAPSHOT",
        "tcp-service@0.1.0-SNAPSHOT");
    assertThat(report.devices())
        .containsExactly(new ImageReport.DeviceEntry("service", "NET_BASIC"));

    ImageReport.TargetEntry spt = report.target("spt");
    assertThat(modules(spt)).containsAtLeast("dev.kiln.http.HttpModule",
        "dev.kiln.kvro.KvRoModule", "dev.kiln.examples.static_website.KilnAssetsModule",
        "dev.kiln.net.tcp.TcpModule", "dev.kiln.net.ipv4.Ipv4Module");
    ImageReport.ConfigEntry port = setting(spt, "http.port");
    assertThat(port.value()).isEqualTo("80");
    assertThat(port.source()).isEqualTo("blueprint");
    assertThat(port.blueprint()).startsWith("static-site@");
    ImageReport.ConfigEntry address = setting(spt, "ipv4");
    assertThat(address.value()).isEqualTo("10.0.0.2/24");
    assertThat(address.blueprint()).startsWith("tcp-service@");
  }

  @Test
  void onTheJvmTheHostsSocketsServeHttp() throws Exception {
    List<String> jvm = modules(ImageReport.read(STATIC).target("jvm"));
    assertThat(jvm).contains("dev.kiln.http.HttpModule");
    assertThat(jvm).contains("dev.kiln.jvm.JvmTcpModule");
    for (String module : jvm) {
      assertThat(module).doesNotContain("dev.kiln.net.");
    }
  }

  @Test
  void theDhcpImageAddsTheDhcpClientToTheSameBlueprint() throws Exception {
    ImageReport report = ImageReport.read(DHCP);
    assertThat(report.blueprints()).contains("static-site@0.1.0-SNAPSHOT");
    assertThat(modules(report.target("virtio"))).containsAtLeast("dev.kiln.http.HttpModule",
        "dev.kiln.net.dhcp.DhcpModule");
  }

  private static List<String> modules(ImageReport.TargetEntry target) {
    assertThat(target.built()).isTrue();
    List<String> names = new ArrayList<>();
    for (ImageReport.ModuleEntry module : target.modules()) {
      names.add(module.module());
    }
    return names;
  }

  private static ImageReport.ConfigEntry setting(ImageReport.TargetEntry target, String key) {
    for (ImageReport.ConfigEntry entry : target.config()) {
      if (entry.key().equals(key)) {
        return entry;
      }
    }
    throw new AssertionError("no setting " + key + " in the " + target.target() + " report");
  }
}

package dev.kiln.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.tools.report.ImageReport;
import dev.kiln.tools.report.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UruncImagePlannerTest {
  private static final Path FILE = Path.of("target/web.spt");
  private static final Map<String, Object> IPV4 = key("ipv4", "boot", "10.0.0.2/24", false);
  private static final Map<String, Object> GATEWAY = key("ipv4-gateway", "boot", "", false);
  private static final Map<String, Object> PORT = key("http.port", "boot", "80", false);
  private static final Map<String, Object> TOKEN = key("api.token", "boot", null, true);
  private static final Map<String, Object> TTL = key("ipv4.ttl", "build", "64", false);
  private static final Map<String, Object> SERVICE = device("service", "NET_BASIC");
  private static final Map<String, Object> DHCP =
      module("dev.kiln.net.dhcp.DhcpModule", "dev.kiln.api.net.Dhcp");

  @Test
  void plansAServiceImageWithItsArgumentsAndNoWarnings() {
    ImageReport report = report(List.of(SERVICE), List.of(IPV4, GATEWAY, PORT), List.of());
    UruncImagePlanner.Plan plan = new UruncImagePlanner(List.of("--http.port=8080"), Map.of())
        .plan(report, report.target("spt"), FILE);
    assertThat(plan.warnings()).isEmpty();
    assertThat(plan.image().bootArguments()).containsExactly("--http.port=8080");
    assertThat(plan.image().netDevice()).hasValue("service");
    assertThat(plan.image().blockDevice()).isEmpty();
    assertThat(plan.image().binaryPath()).isEqualTo("/unikernel/web.spt");
  }

  @Test
  void refusesArgumentsTheImageDoesNotTakeOrMustNotCarry() {
    ImageReport report =
        report(List.of(SERVICE), List.of(IPV4, GATEWAY, PORT, TOKEN, TTL), List.of());
    assertThat(failure(report, List.of("--nope=1"), Map.of())).contains("no boot-time key 'nope'");
    assertThat(failure(report, List.of("--ipv4.ttl=3"), Map.of()))
        .contains("no boot-time key 'ipv4.ttl'");
    assertThat(failure(report, List.of("--api.token=s3cret"), Map.of())).contains("secret");
    assertThat(failure(report, List.of("--ipv4=10.1.1.1/24"), Map.of())).contains("urunc sets");
    assertThat(failure(report, List.of("http.port=1"), Map.of())).contains("--KEY=VALUE");
  }

  @Test
  void aBlockDeviceNeedsItsDiskImage() {
    ImageReport report = report(List.of(SERVICE, device("storage", "BLOCK_BASIC")),
        List.of(IPV4, GATEWAY), List.of());
    assertThat(failure(report, List.of(), Map.of()))
        .contains("<blockImages><storage>path/to/disk.img</storage></blockImages>");
    UruncImagePlanner.Plan plan = new UruncImagePlanner(List.of(),
        Map.of("storage", Path.of("disk.img"))).plan(report, report.target("spt"), FILE);
    assertThat(plan.image().blockDevice().orElseThrow().file()).isEqualTo(Path.of("disk.img"));
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void refusesTwoNetDevices() {
    ImageReport report = report(List.of(SERVICE, device("admin", "NET_BASIC")),
        List.of(IPV4, GATEWAY), List.of());
    assertThat(failure(report, List.of(), Map.of())).contains("2 net devices");
  }

  @Test
  void warnsWhatUruncWouldStumbleOver() {
    ImageReport noIpv4 = report(List.of(SERVICE), List.of(PORT), List.of());
    assertThat(plan(noIpv4).warnings()).hasSize(1);
    assertThat(plan(noIpv4).warnings().get(0)).contains("--ipv4=ADDRESS/PREFIX");

    ImageReport withDhcp = report(List.of(SERVICE), List.of(IPV4, GATEWAY), List.of(DHCP));
    assertThat(plan(withDhcp).warnings()).containsExactly("web.spt takes its address by DHCP and"
        + " ignores the pod address urunc passes in --ipv4; a pod network has no DHCP server"
        + " for it.");

    ImageReport offline = report(List.of(), List.of(), List.of());
    assertThat(plan(offline).warnings()).hasSize(1);
    assertThat(plan(offline).warnings().get(0)).contains("no net device");
  }

  private static UruncImagePlanner.Plan plan(ImageReport report) {
    return new UruncImagePlanner(List.of(), Map.of()).plan(report, report.target("spt"), FILE);
  }

  private static String failure(ImageReport report, List<String> arguments,
      Map<String, Path> disks) {
    return assertThrows(IllegalArgumentException.class,
        () -> new UruncImagePlanner(arguments, disks).plan(report, report.target("spt"), FILE))
        .getMessage();
  }

  /** A component report as the processor writes it, with one built target: spt. */
  private static ImageReport report(List<Map<String, Object>> devices,
      List<Map<String, Object>> config, List<Map<String, Object>> modules) {
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("target", "spt");
    target.put("status", "built");
    target.put("main", "app.Main");
    target.put("modules", new ArrayList<Object>(modules));
    target.put("config", new ArrayList<Object>(config));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", ImageReport.FORMAT);
    root.put("image", "web");
    root.put("application", "app.Web");
    root.put("devices", new ArrayList<Object>(devices));
    root.put("targets", List.of(target));
    return ImageReport.parse(Json.write(root));
  }

  private static Map<String, Object> key(String key, String phase, String value, boolean secret) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("key", key);
    entry.put("type", "STRING");
    entry.put("phase", phase);
    entry.put("value", value);
    entry.put("source", "default");
    entry.put("secret", secret);
    return entry;
  }

  private static Map<String, Object> device(String name, String type) {
    return Map.of("name", name, "type", type);
  }

  private static Map<String, Object> module(String module, String capability) {
    return Map.of("module", module, "doc", "",
        "pulledInBy", Map.of("capability", capability, "chain", List.of()));
  }
}

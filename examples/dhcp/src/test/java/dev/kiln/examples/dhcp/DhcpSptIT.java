package dev.kiln.examples.dhcp;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.cli.KilnLauncher;
import dev.kiln.testing.HostTap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * dhcp.spt on a tap device gets its address from Debian's dnsmasq, then resolves kiln.test
 * through it. It also boots with INIT-REBOOT ({@code --dhcp.requested-address}) for a free
 * address, which dnsmasq acknowledges, and for one of another subnet, which dnsmasq refuses so the
 * client discovers instead. dnsmasq serves DHCP and DNS on the tap only (10.0.9.1/24, leases from .50 to .99)
 * and knows one name, kiln.test = 10.0.0.77, which is only ever an answer: nothing is sent outside
 * the tap's subnet. Needs root (to create the tap), {@code ip} and {@code dnsmasq}
 * (dnsmasq-base).
 */
class DhcpSptIT {
  private static final Path IMAGE = Path.of("target/dhcp.spt");
  private static final Path WORK = Path.of("target/dnsmasq");
  private static final String TAP = "kilndhcp" + ProcessHandle.current().pid() % 100_000;
  private static final String HOST = "10.0.9.1";

  private HostTap tap;
  private Process dnsmasq;

  @BeforeAll
  static void canCreateATapAndRunDnsmasq() throws Exception {
    String missing = null;
    if (!Files.isRegularFile(IMAGE)) {
      missing = "target/dhcp.spt was not built";
    } else if (!HostTap.isRoot()) {
      missing = "creating a tap device and running dnsmasq need root";
    } else if (!Files.exists(Path.of("/dev/net/tun"))) {
      missing = "/dev/net/tun is not available";
    } else if (!onPath("ip") || !onPath("dnsmasq")) {
      missing = "needs the ip and dnsmasq commands (iproute2, dnsmasq-base)";
    }
    if (missing != null) {
      System.out.println("SKIPPED DhcpSptIT: " + missing);
    }
    assumeTrue(missing == null, missing);
  }

  @BeforeEach
  void createTapAndStartDnsmasq() throws Exception {
    tap = HostTap.create(TAP, HOST + "/24");
    Files.createDirectories(WORK);
    Path leases = WORK.resolve("leases").toAbsolutePath();
    Files.deleteIfExists(leases);
    dnsmasq = new ProcessBuilder(List.of("dnsmasq", "--no-daemon", "--conf-file=/dev/null",
        "--no-resolv", "--no-hosts", "--no-ping", "--log-dhcp", "--log-queries",
        // Authoritative for the tap's subnet: INIT-REBOOT requests for leases it does not know
        // get an ACK (address free and in range) or a NAK (wrong subnet), not silence.
        "--dhcp-authoritative",
        // Only the tap: no other interface, no upstream servers.
        "--interface=" + TAP, "--except-interface=lo", "--bind-interfaces",
        "--listen-address=" + HOST, "--port=53",
        "--dhcp-range=10.0.9.50,10.0.9.99,255.255.255.0,600",
        "--dhcp-leasefile=" + leases, "--address=/kiln.test/10.0.0.77"))
        .redirectErrorStream(true)
        .redirectOutput(WORK.resolve("dnsmasq.log").toFile())
        .start();
    awaitDnsmasqReady();
  }

  @AfterEach
  void stopDnsmasqAndRemoveTap() throws Exception {
    if (dnsmasq != null) {
      dnsmasq.destroy();
      if (!dnsmasq.waitFor(10, TimeUnit.SECONDS)) {
        dnsmasq.destroyForcibly();
      }
    }
    if (tap != null) {
      tap.close();
    }
  }

  @Test
  void getsItsAddressFromDnsmasqThenResolvesANameThroughIt() throws Exception {
    KilnLauncher.Result result = KilnLauncher.run(Duration.ofSeconds(120), "run", "--net",
        "service=" + TAP, IMAGE.toString());

    String output = result.output();
    String log = Files.readString(WORK.resolve("dnsmasq.log"));
    String context = "kiln run printed:\n" + output + "\ndnsmasq logged:\n" + log;
    assertThat(output).contains("dhcp: asking for an address");
    assertThat(output).containsMatch(
        "dhcp: leased 10\\.0\\.9\\.([5-9][0-9])/24 from 10\\.0\\.9\\.1 for 600 s, gateway"
            + " 10\\.0\\.9\\.1, dns 10\\.0\\.9\\.1");
    assertThat(output).contains("dns: kiln.test is 10.0.0.77");
    assertThat(result.status()).isEqualTo(0);
    // dnsmasq saw the whole exchange: the lease it acked is the one the image printed.
    String leased = output.replaceAll("(?s).*dhcp: leased (10\\.0\\.9\\.[0-9]+)/24.*", "$1");
    assertThat(log).contains("DHCPACK(" + TAP + ") " + leased);
    assertThat(log).contains("query[A] kiln.test from " + leased);
    System.out.println(context);
  }

  @Test
  void initRebootAsksForTheGivenAddressAgainWithoutDiscovering() throws Exception {
    KilnLauncher.Result result = KilnLauncher.run(Duration.ofSeconds(120), "run", "--net",
        "service=" + TAP, IMAGE.toString(), "--", "--dhcp.requested-address=10.0.9.77");

    String output = result.output();
    String log = Files.readString(WORK.resolve("dnsmasq.log"));
    String context = "kiln run printed:\n" + output + "\ndnsmasq logged:\n" + log;
    assertWithMessage(context).that(output).contains("dhcp: leased 10.0.9.77/24 from 10.0.9.1");
    assertWithMessage(context).that(log).contains("DHCPREQUEST(" + TAP + ") 10.0.9.77");
    assertWithMessage(context).that(log).contains("DHCPACK(" + TAP + ") 10.0.9.77");
    assertWithMessage(context).that(log).doesNotContain("DHCPDISCOVER");
    assertWithMessage(context).that(result.status()).isEqualTo(0);
  }

  @Test
  void initRebootForAnAddressOfAnotherSubnetIsRefusedAndTheClientDiscovers() throws Exception {
    KilnLauncher.Result result = KilnLauncher.run(Duration.ofSeconds(120), "run", "--net",
        "service=" + TAP, IMAGE.toString(), "--", "--dhcp.requested-address=10.0.8.5");

    String output = result.output();
    String log = Files.readString(WORK.resolve("dnsmasq.log"));
    String context = "kiln run printed:\n" + output + "\ndnsmasq logged:\n" + log;
    assertWithMessage(context).that(log).contains("DHCPNAK(" + TAP + ") 10.0.8.5");
    assertWithMessage(context).that(log).contains("DHCPDISCOVER(" + TAP + ")");
    assertWithMessage(context).that(output).containsMatch(
        "dhcp: leased 10\\.0\\.9\\.([5-9][0-9])/24 from 10\\.0\\.9\\.1");
    assertWithMessage(context).that(result.status()).isEqualTo(0);
  }

  /** dnsmasq prints that it bound its DHCP sockets once it is ready. */
  private void awaitDnsmasqReady() throws Exception {
    Path log = WORK.resolve("dnsmasq.log");
    for (int i = 0; i < 100; i++) {
      if (!dnsmasq.isAlive()) {
        throw new IOException("dnsmasq exited: " + Files.readString(log));
      }
      if (Files.exists(log) && Files.readString(log).contains("DHCP, sockets bound")) {
        return;
      }
      dnsmasq.waitFor(100, TimeUnit.MILLISECONDS);
    }
    throw new IOException("dnsmasq did not start: " + Files.readString(log));
  }

  private static boolean onPath(String tool) {
    for (String directory : System.getenv().getOrDefault("PATH", "/usr/sbin:/sbin").split(":")) {
      if (Files.isExecutable(Path.of(directory, tool))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of("/usr/sbin", tool));
  }
}

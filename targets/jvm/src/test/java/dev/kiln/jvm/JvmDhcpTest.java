package dev.kiln.jvm;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Ipv4Cidr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JvmDhcp} and {@link HostAddressing}: the host's own addressing as a lease. */
class JvmDhcpTest {
  @TempDir
  Path dir;

  @Test
  void loopbackByNameIsReportedAsAnInfiniteLeaseFromNoServer() throws IOException {
    Path routes = write("routes", "Iface\tDestination\tGateway\tFlags\n");
    Path resolv = write("resolv.conf", "");
    Dhcp.Lease lease = HostAddressing.read("lo", routes, resolv);
    assertThat(lease.address()).isEqualTo(Ipv4Cidr.parse("127.0.0.1/8"));
    assertThat(lease.leaseSeconds()).isEqualTo(0xFFFF_FFFFL);
    assertThat(lease.server()).isEqualTo(0);
    assertThat(lease.gateway()).isEqualTo(0);
    assertThat(lease.dnsServers()).isEmpty();
  }

  @Test
  void theDefaultRouteOfTheInterfaceIsItsGateway() throws IOException {
    Path routes = write("routes", "Iface\tDestination\tGateway \tFlags\tRefCnt\n"
        + "eth9\t0000000A\t00000000\t0001\t0\n"
        + "eth0\t00000000\t0100000A\t0003\t0\n"
        + "eth9\t00000000\t0109000A\t0003\t0\n");
    assertThat(Ipv4Address.format(HostAddressing.defaultGateway(routes, "eth9")))
        .isEqualTo("10.0.9.1");
    assertThat(HostAddressing.defaultGateway(routes, "eth5")).isEqualTo(0);
    assertThat(HostAddressing.defaultGateway(dir.resolve("missing"), "eth9")).isEqualTo(0);
  }

  @Test
  void ipv4NameServersAreReadInOrderAndOthersSkipped() throws IOException {
    Path resolv = write("resolv.conf", "# comment\nsearch example\nnameserver 10.0.0.1\n"
        + "nameserver fe80::1\n  nameserver   192.168.1.1  \nnameserver\n");
    assertThat(HostAddressing.nameServers(resolv)).containsExactly(
        Ipv4Address.parse("10.0.0.1").value(), Ipv4Address.parse("192.168.1.1").value())
        .inOrder();
    assertThat(HostAddressing.nameServers(dir.resolve("missing"))).isEmpty();
  }

  @Test
  void anUnknownInterfaceIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HostAddressing.read("kiln-no-such0", dir.resolve("r"), dir.resolve("c")));
    assertThat(e).hasMessageThat().contains("no interface kiln-no-such0");
  }

  @Test
  void listenersHearTheLeaseOnceWhenAddedAndNeverLoseIt() {
    Dhcp.Lease lease = new Dhcp.Lease(Ipv4Cidr.parse("10.1.2.3/16"), 0, List.of(), 0,
        0xFFFF_FFFFL);
    JvmDhcp dhcp = new JvmDhcp(lease);
    List<String> heard = new ArrayList<>();
    dhcp.onLease(new Dhcp.Listener() {
      @Override
      public void bound(Dhcp.Lease bound) {
        heard.add("bound " + bound.address());
      }

      @Override
      public void lost() {
        heard.add("lost");
      }
    });
    assertThat(dhcp.lease()).isEqualTo(lease);
    assertThat(heard).containsExactly("bound 10.1.2.3/16");
  }

  @Test
  void theDefaultChoiceFindsSomeIpv4Interface() {
    Dhcp.Lease lease = HostAddressing.read("", dir.resolve("r"), dir.resolve("c"));
    assertThat(lease).isNotNull(); // loopback at least
    assertThat(lease.address().address().value()).isNotEqualTo(0);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}

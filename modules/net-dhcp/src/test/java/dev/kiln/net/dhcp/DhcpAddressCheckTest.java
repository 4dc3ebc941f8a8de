package dev.kiln.net.dhcp;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Ipv4Cidr;
import dev.kiln.net.arp.ArpLayer;
import dev.kiln.net.ethernet.EthernetLayer;
import dev.kiln.net.icmp.IcmpLayer;
import dev.kiln.net.ipv4.Ipv4Layer;
import dev.kiln.net.testing.LinkFaults;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetwork;
import dev.kiln.net.udp.UdpLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The address check through whole stacks on a simulated link (RFC 2131 4.4.1, RFC 5227 2.1.1):
 * the client's ARP layer probes the acknowledged address; a third host that already holds it
 * answers the probe as plain ARP would, and the client declines the address.
 */
class DhcpAddressCheckTest {
  private static final long SECOND = 1_000_000_000L;
  private static final int SERVER = 0x0a000001;
  private static final int FIRST_OFFER = 0x0a00000f;
  private static final int SECOND_OFFER = 0x0a000010;

  private final ManualEventLoop loop = new ManualEventLoop();
  private final SimulatedNetwork network = new SimulatedNetwork(loop, 11, LinkFaults.NONE);
  private final List<String> heard = new ArrayList<>();
  private final List<Integer> declined = new ArrayList<>();
  private Ipv4Layer clientIpv4;
  private DhcpClient client;
  private ArpLayer clientArp;

  private void clientStack(String requested) {
    EthernetLayer ethernet = new EthernetLayer(
        SimulatedNetwork.net(network.attach("client", 0x0200_0000_00AAL, 1500)), "client");
    clientArp = new ArpLayer(ethernet, loop, loop);
    DhcpClient[] holder = new DhcpClient[1];
    clientIpv4 = new Ipv4Layer(ethernet, clientArp, loop, loop, "10.9.9.9/24", "", 64,
        Optional.of(() -> holder[0]));
    UdpLayer udp = new UdpLayer(clientIpv4, new IcmpLayer(clientIpv4));
    java.util.Random seeded = new java.util.Random(42);
    client = new DhcpClient(udp, ethernet, clientArp, loop, loop, seeded::nextLong, requested,
        true);
    holder[0] = client;
  }

  /** Offers 10.0.0.15 first, and 10.0.0.16 once that was declined. */
  private void server() {
    EthernetLayer ethernet = new EthernetLayer(
        SimulatedNetwork.net(network.attach("server", 0x0200_0000_0001L, 1500)), "server");
    Ipv4Layer ipv4 = new Ipv4Layer(ethernet, new ArpLayer(ethernet, loop, loop), loop, loop,
        "10.0.0.1/24", "", 64);
    UdpLayer udp = new UdpLayer(ipv4, new IcmpLayer(ipv4));
    udp.bind(67, (source, sourcePort, port, buffer, offset, length) -> {
      DhcpMessage request;
      try {
        request = DhcpMessage.parse(buffer, offset, length);
      } catch (MalformedDhcpException e) {
        throw new AssertionError(e);
      }
      heard.add(request.messageType() + " for "
          + Ipv4Address.format(request.requestedAddress()));
      if (request.messageType() == DhcpMessage.DECLINE) {
        declined.add(request.requestedAddress());
        return;
      }
      int offered = declined.isEmpty() ? FIRST_OFFER : SECOND_OFFER;
      int type = request.messageType() == DhcpMessage.DISCOVER ? DhcpMessage.OFFER
          : DhcpMessage.ACK;
      DhcpMessage reply = new DhcpMessage(DhcpMessage.BOOTREPLY, request.xid(), 0, true, 0,
          offered, 0, 0, request.clientMac(), type, 0xffffff00, SERVER, List.of(SERVER), 600,
          SERVER, 0, List.of(), -1, -1);
      byte[] out = new byte[UdpLayer.HEADROOM + 600];
      int replyLength = reply.emit(out, UdpLayer.HEADROOM);
      udp.send(67, 0xFFFF_FFFF, 68, out, UdpLayer.HEADROOM, replyLength);
    });
  }

  /** A host that already uses 10.0.0.15, with nothing but its ARP layer answering. */
  private void squatter() {
    EthernetLayer ethernet = new EthernetLayer(
        SimulatedNetwork.net(network.attach("squatter", 0x0200_0000_0077L, 1500)), "squatter");
    new ArpLayer(ethernet, loop, loop).setLocalAddress(FIRST_OFFER);
  }

  @Test
  void rfc2131Section4_4_1_anAddressAnotherHostAnswersForIsDeclinedAndANewOneTaken() {
    server();
    squatter();
    loop.advance(SECOND);
    clientStack("");

    loop.advance(5 * SECOND);

    assertThat(declined).containsExactly(FIRST_OFFER);
    assertThat(clientArp.probesSent()).isAtLeast(1);
    assertThat(clientIpv4.configured()).isFalse(); // never used the taken address
    assertThat(client.state()).isEqualTo(DhcpState.INIT);

    loop.advance(20 * SECOND); // ten seconds' wait, discovery, three new probes

    assertThat(client.state()).isEqualTo(DhcpState.BOUND);
    assertThat(clientIpv4.address()).isEqualTo(Ipv4Cidr.parse("10.0.0.16/24"));
    assertThat(heard).containsExactly("1 for 0.0.0.0", "3 for 10.0.0.15", "4 for 10.0.0.15",
        "1 for 0.0.0.0", "3 for 10.0.0.16").inOrder();
  }

  @Test
  void rfc5227Section2_1_1_aFreeAddressIsProbedThreeTimesThenUsed() {
    server();
    clientStack("");

    loop.advance(SECOND / 2);
    assertThat(client.state()).isEqualTo(DhcpState.CHECKING);
    assertThat(clientIpv4.configured()).isFalse();
    loop.advance(10 * SECOND);

    assertThat(clientArp.probesSent()).isEqualTo(3);
    assertThat(client.state()).isEqualTo(DhcpState.BOUND);
    assertThat(clientIpv4.address()).isEqualTo(Ipv4Cidr.parse("10.0.0.15/24"));
    assertThat(declined).isEmpty();
  }

  @Test
  void rfc2131Section3_2_theClientStartsWithInitRebootForTheGivenAddress() {
    server();
    clientStack("10.0.0.15");

    loop.advance(10 * SECOND);

    assertThat(heard.get(0)).isEqualTo("3 for 10.0.0.15");
    assertThat(client.state()).isEqualTo(DhcpState.BOUND);
  }

  @Test
  void aRequestedAddressThatIsNoHostAddressIsAClearError() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> clientStack("10.0.0"));
    assertThat(e).hasMessageThat().startsWith("dhcp.requested-address:");
    e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new DhcpAddressCheckTest().clientStack("0.0.0.0"));
    assertThat(e).hasMessageThat().contains("not a host address");
  }
}

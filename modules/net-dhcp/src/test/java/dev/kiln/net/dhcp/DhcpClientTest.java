package dev.kiln.net.dhcp;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.Dhcp;
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
 * The client in a whole stack on a simulated link, against a scripted server on a second stack:
 * the address reaches IPv4, renewal crosses the link as unicast, expiry takes the address away.
 */
class DhcpClientTest {
  private static final long SECOND = 1_000_000_000L;
  private static final int SERVER = 0x0a000001;
  private static final int LEASED = 0x0a00000f;

  private final ManualEventLoop loop = new ManualEventLoop();
  private final SimulatedNetwork network = new SimulatedNetwork(loop, 7, LinkFaults.NONE);
  private final Client client = new Client();
  private final Server server = new Server();
  private final List<String> leases = new ArrayList<>();

  /** A stack whose IPv4 is configured by its DHCP client. */
  private final class Client {
    final Ipv4Layer ipv4;
    final DhcpClient dhcp;

    Client() {
      EthernetLayer ethernet = new EthernetLayer(
          SimulatedNetwork.net(network.attach("client", 0x0200_0000_00AAL, 1500)), "client");
      ArpLayer arp = new ArpLayer(ethernet, loop, loop);
      DhcpClient[] holder = new DhcpClient[1];
      ipv4 = new Ipv4Layer(ethernet, arp, loop, loop, "10.9.9.9/24", "", 64,
          Optional.of(() -> holder[0]));
      UdpLayer udp = new UdpLayer(ipv4, new IcmpLayer(ipv4));
      java.util.Random seeded = new java.util.Random(42);
      dhcp = new DhcpClient(udp, ethernet, loop, loop, seeded::nextLong);
      holder[0] = dhcp;
    }
  }

  /** A scripted server on 10.0.0.1 that offers 10.0.0.15 for {@link #leaseSeconds}. */
  private final class Server {
    final UdpLayer udp;
    final List<String> heard = new ArrayList<>();
    int ignore;
    int ignoreRequests;
    boolean nak;
    long leaseSeconds = 600;

    Server() {
      EthernetLayer ethernet = new EthernetLayer(
          SimulatedNetwork.net(network.attach("server", 0x0200_0000_0001L, 1500)), "server");
      Ipv4Layer ipv4 = new Ipv4Layer(ethernet, new ArpLayer(ethernet, loop, loop), loop, loop,
          "10.0.0.1/24", "", 64);
      udp = new UdpLayer(ipv4, new IcmpLayer(ipv4));
      udp.bind(67, (source, sourcePort, port, buffer, offset, length) -> {
        DhcpMessage request;
        try {
          request = DhcpMessage.parse(buffer, offset, length);
        } catch (MalformedDhcpException e) {
          throw new AssertionError(e);
        }
        heard.add(request.messageType() + " from " + Ipv4Address.format(source));
        if (ignore > 0) {
          ignore--;
          return;
        }
        if (ignoreRequests > 0 && request.messageType() == DhcpMessage.REQUEST) {
          ignoreRequests--;
          return;
        }
        int type = request.messageType() == DhcpMessage.DISCOVER ? DhcpMessage.OFFER
            : nak ? DhcpMessage.NAK : DhcpMessage.ACK;
        DhcpMessage reply = new DhcpMessage(DhcpMessage.BOOTREPLY, request.xid(), 0,
            request.broadcast(), request.clientAddress(), type == DhcpMessage.NAK ? 0 : LEASED,
            0, 0, request.clientMac(), type, 0xffffff00, SERVER, List.of(SERVER), leaseSeconds,
            SERVER, 0, List.of(), -1, -1);
        byte[] out = new byte[UdpLayer.HEADROOM + 600];
        int replyLength = reply.emit(out, UdpLayer.HEADROOM);
        int destination = request.broadcast() || request.clientAddress() == 0 ? 0xFFFF_FFFF
            : request.clientAddress();
        udp.send(67, destination, 68, out, UdpLayer.HEADROOM, replyLength);
      });
    }
  }

  DhcpClientTest() {
    client.dhcp.onLease(new Dhcp.Listener() {
      @Override
      public void bound(Dhcp.Lease lease) {
        leases.add("bound " + lease.address());
      }

      @Override
      public void lost() {
        leases.add("lost");
      }
    });
  }

  @Test
  void theStackStartsWithoutAnAddressAndTakesTheLeasedOne() {
    assertThat(client.ipv4.configured()).isFalse();
    assertThat(client.ipv4.address().toString()).isEqualTo("0.0.0.0/0");

    loop.advance(SECOND);

    assertThat(server.heard).containsExactly("1 from 0.0.0.0", "3 from 0.0.0.0").inOrder();
    assertThat(client.ipv4.address()).isEqualTo(Ipv4Cidr.parse("10.0.0.15/24"));
    assertThat(client.ipv4.gateway()).isEqualTo(SERVER);
    assertThat(client.dhcp.state()).isEqualTo(DhcpState.BOUND);
    assertThat(leases).containsExactly("bound 10.0.0.15/24");
  }

  @Test
  void renewalIsUnicastFromTheLeasedAddress() {
    loop.advance(SECOND);
    loop.advance(301 * SECOND);

    assertThat(server.heard).containsExactly("1 from 0.0.0.0", "3 from 0.0.0.0",
        "3 from 10.0.0.15").inOrder();
    assertThat(client.dhcp.state()).isEqualTo(DhcpState.BOUND);
    assertThat(leases).containsExactly("bound 10.0.0.15/24", "bound 10.0.0.15/24");
  }

  @Test
  void lostRepliesAreRetransmitted() {
    server.ignore = 1; // the first DISCOVER goes unanswered
    server.ignoreRequests = 1; // and so does the first REQUEST
    loop.advance(30 * SECOND);

    assertThat(server.heard).containsExactly("1 from 0.0.0.0", "1 from 0.0.0.0",
        "3 from 0.0.0.0", "3 from 0.0.0.0").inOrder();
    assertThat(client.ipv4.configured()).isTrue();
  }

  @Test
  void aServerThatStopsAnsweringLetsTheLeaseExpire() {
    loop.advance(SECOND);
    server.ignore = Integer.MAX_VALUE;
    loop.advance(601 * SECOND);

    assertThat(leases).containsExactly("bound 10.0.0.15/24", "lost").inOrder();
    assertThat(client.ipv4.configured()).isFalse();
    assertThat(client.dhcp.state()).isEqualTo(DhcpState.SELECTING);
    assertThat(server.heard).contains("3 from 10.0.0.15");
  }

  @Test
  void aNakOnRenewalTakesTheAddressAway() {
    loop.advance(SECOND);
    server.nak = true;
    server.ignore = 0;
    loop.advance(301 * SECOND);

    assertThat(leases).containsExactly("bound 10.0.0.15/24", "lost").inOrder();
    assertThat(client.ipv4.configured()).isFalse();
  }
}

package dev.kiln.net.ipv4;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.net.Ipv4;
import dev.kiln.api.net.Ipv4AddressSource;
import dev.kiln.api.net.Ipv4Cidr;
import dev.kiln.net.arp.ArpLayer;
import dev.kiln.net.ethernet.EthernetLayer;
import dev.kiln.net.testing.LinkFaults;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetDevice;
import dev.kiln.net.testing.SimulatedNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** IPv4 configured by an address source (as DHCP does) instead of the static keys. */
class AddressSourceTest {
  private final ManualEventLoop loop = new ManualEventLoop();
  private final SimulatedNetwork network = new SimulatedNetwork(loop, 3, LinkFaults.NONE);
  private final SimulatedNetDevice device = network.attach("service", 0x0200_0000_0002L, 1500);
  private final SimulatedNetDevice peer = network.attach("peer", 0x0200_0000_0001L, 1500);
  private final EthernetLayer ethernet = new EthernetLayer(SimulatedNetwork.net(device), "service");
  private final ArpLayer arp = new ArpLayer(ethernet, loop, loop);
  private final List<Ipv4AddressSource.Target> started = new ArrayList<>();
  private final Ipv4Layer ipv4 = new Ipv4Layer(ethernet, arp, loop, loop, "10.0.0.2/24",
      "10.0.0.1", 64, Optional.of(() -> started::add));
  private final List<String> delivered = new ArrayList<>();

  AddressSourceTest() {
    ipv4.onProtocol(17, (source, destination, protocol, buffer, header, offset, length) ->
        delivered.add(dev.kiln.api.net.Ipv4Address.format(destination)));
  }

  @Test
  void withASourceTheStaticKeysAreIgnoredAndTheSourceStartsOnTheLoop() {
    assertThat(ipv4.configured()).isFalse();
    assertThat(ipv4.address()).isEqualTo(Ipv4Cidr.parse("0.0.0.0/0"));
    assertThat(ipv4.gateway()).isEqualTo(0);
    assertThat(started).isEmpty();

    loop.runDue();

    assertThat(started).containsExactly(ipv4);
    assertThat(peer.sent()).isEmpty(); // no gratuitous ARP for an address it does not have
  }

  @Test
  void withoutAnAddressOnlyBroadcastsAreSentAndAccepted() {
    loop.runDue();
    assertThat(ipv4.send(0x0a000001, 17, new byte[Ipv4.HEADROOM + 4], Ipv4.HEADROOM, 4))
        .isFalse();
    assertThat(ipv4.send(0xFFFF_FFFF, 17, new byte[Ipv4.HEADROOM + 4], Ipv4.HEADROOM, 4))
        .isTrue();

    inject(0xFFFF_FFFF);
    inject(0x0a000002);
    inject(0);
    assertThat(delivered).containsExactly("255.255.255.255");
  }

  @Test
  void configureGivesTheAddressAndDeconfigureTakesItAway() {
    loop.runDue();
    ipv4.configure(Ipv4Cidr.parse("10.0.0.2/24"), 0x0a000001);
    assertThat(ipv4.address()).isEqualTo(Ipv4Cidr.parse("10.0.0.2/24"));
    assertThat(ipv4.gateway()).isEqualTo(0x0a000001);
    inject(0x0a000002);
    assertThat(delivered).containsExactly("10.0.0.2");

    ipv4.deconfigure();
    inject(0x0a000002);
    assertThat(delivered).hasSize(1);
    assertThat(ipv4.configured()).isFalse();
    assertThrows(IllegalArgumentException.class,
        () -> ipv4.configure(Ipv4Cidr.parse("0.0.0.0/24"), 0x0a000001));
  }

  private void inject(int destination) {
    long mac = destination == 0xFFFF_FFFF ? 0xFFFF_FFFF_FFFFL : 0x0200_0000_0002L;
    device.inject(Ipv4Stack.frame(mac, new Ipv4Header(0, 28, 1, false, false, 0, 64, 17,
        0x0a000001, destination), new byte[8]));
    loop.runDue();
  }
}

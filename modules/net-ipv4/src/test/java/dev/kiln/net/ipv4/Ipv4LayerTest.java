package dev.kiln.net.ipv4;

import static com.google.common.truth.Truth.assertThat;
import static dev.kiln.net.ipv4.Ipv4Stack.LOCAL;
import static dev.kiln.net.ipv4.Ipv4Stack.OURS;
import static dev.kiln.net.ipv4.Ipv4Stack.PEER;
import static dev.kiln.net.ipv4.Ipv4Stack.PEER_IP;
import static dev.kiln.net.ipv4.Ipv4Stack.udpHeader;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.net.Ipv4;
import dev.kiln.net.arp.ArpPacket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ipv4LayerTest {
  private final Ipv4Stack stack = new Ipv4Stack();

  @Test
  void deliversDatagramsForItsAddressAndBroadcastsByProtocol() {
    stack.fromPeer(udpHeader(LOCAL, 1, false, 0, 4), new byte[] {1, 2, 3, 4});
    stack.fromPeer(udpHeader(0x0a0000ff, 2, false, 0, 4), new byte[4]);
    stack.fromPeer(udpHeader(0xffffffff, 3, false, 0, 4), new byte[4]);

    assertThat(stack.delivered).containsExactly("10.0.0.1>10.0.0.2 17 4",
        "10.0.0.1>10.0.0.255 17 4", "10.0.0.1>255.255.255.255 17 4").inOrder();
    assertThat(stack.payloads.get(0)).isEqualTo(new byte[] {1, 2, 3, 4});
  }

  @Test
  void dropsDatagramsForOtherHostsAndCountsMalformedOnes() {
    stack.fromPeer(udpHeader(0x0a000009, 1, false, 0, 4), new byte[4]);
    byte[] bad = Ipv4Stack.frame(OURS, udpHeader(LOCAL, 2, false, 0, 4), new byte[4]);
    bad[14 + 11] ^= 0x01;
    stack.device.inject(bad);
    stack.loop.advance(1000);

    assertThat(stack.delivered).isEmpty();
    assertThat(stack.ipv4.datagramsNotForUs()).isEqualTo(1);
    assertThat(stack.ipv4.datagramsMalformed()).isEqualTo(1);
  }

  @Test
  void ignoresEthernetPaddingAfterTheTotalLength() {
    byte[] frame = Ipv4Stack.frame(OURS, udpHeader(LOCAL, 1, false, 0, 2), new byte[26]);
    stack.device.inject(frame);
    stack.loop.advance(1000);
    assertThat(stack.delivered).containsExactly("10.0.0.1>10.0.0.2 17 2");
  }

  @Test
  void hasNoListenerThenTheUnhandledListenerGetsIt() {
    List<Integer> unhandled = new ArrayList<>();
    stack.ipv4.onUnhandled((source, destination, protocol, buffer, header, offset, length) ->
        unhandled.add(protocol));
    stack.fromPeer(new Ipv4Header(0, 24, 9, false, false, 0, 64, 99, PEER_IP, LOCAL),
        new byte[4]);
    assertThat(unhandled).containsExactly(99);
  }

  @Test
  void sendsOnLinkDirectlyWithAFullHeader() throws Exception {
    stack.peerIsKnown(0x0a000005, 0x0200_0000_0005L);
    byte[] buffer = new byte[Ipv4.HEADROOM + 3];
    buffer[Ipv4.HEADROOM] = 42;

    assertThat(stack.ipv4.send(0x0a000005, 17, buffer, Ipv4.HEADROOM, 3)).isTrue();
    stack.loop.advance(1_000_000);

    byte[] frame = stack.atPeer(0x0800).get(0);
    assertThat(Ipv4Stack.destinationMac(frame)).isEqualTo(0x0200_0000_0005L);
    Ipv4Header header = Ipv4Header.parse(frame, 14, frame.length - 14);
    assertThat(header.source()).isEqualTo(LOCAL);
    assertThat(header.destination()).isEqualTo(0x0a000005);
    assertThat(header.ttl()).isEqualTo(64);
    assertThat(header.totalLength()).isEqualTo(23);
    assertThat(header.dontFragment()).isTrue();
    assertThat(frame[34]).isEqualTo(42);
  }

  @Test
  void sendsOffLinkThroughTheGateway() throws Exception {
    stack.ipv4.send(0x08080808, 17, new byte[Ipv4.HEADROOM + 8], Ipv4.HEADROOM, 8);
    stack.loop.advance(1_000_000);

    byte[] request = stack.atPeer(0x0806).get(0);
    assertThat(ArpPacket.parse(request, 14, 28).targetIp()).isEqualTo(PEER_IP);

    stack.peerIsKnown(PEER_IP, PEER);
    byte[] frame = stack.atPeer(0x0800).get(0);
    assertThat(Ipv4Stack.destinationMac(frame)).isEqualTo(PEER);
    assertThat(Ipv4Header.parse(frame, 14, frame.length - 14).destination())
        .isEqualTo(0x08080808);
  }

  @Test
  void aGatewayOutsideTheNetworkIsReachedOnLink() throws Exception {
    // Kubernetes CNIs such as Calico give a pod 10.0.0.2/32 and the gateway 169.254.1.1, which
    // answers ARP on the pod's link: the gateway is on-link although not on the network.
    Ipv4Stack pod = new Ipv4Stack("10.0.0.2/32", "169.254.1.1");
    pod.ipv4.send(0x08080808, 17, new byte[Ipv4.HEADROOM + 8], Ipv4.HEADROOM, 8);
    pod.loop.advance(1_000_000);

    byte[] request = pod.atPeer(0x0806).get(0);
    assertThat(ArpPacket.parse(request, 14, 28).targetIp()).isEqualTo(0xa9fe0101);
    pod.peerIsKnown(0xa9fe0101, PEER);
    byte[] frame = pod.atPeer(0x0800).get(0);
    assertThat(Ipv4Stack.destinationMac(frame)).isEqualTo(PEER);
    assertThat(Ipv4Header.parse(frame, 14, frame.length - 14).destination())
        .isEqualTo(0x08080808);
  }

  @Test
  void withoutAGatewayOffLinkHasNoRoute() {
    Ipv4Stack isolated = new Ipv4Stack("");
    assertThat(isolated.ipv4.gateway()).isEqualTo(0);
    assertThat(isolated.ipv4.send(0x08080808, 17, new byte[40], Ipv4.HEADROOM, 6)).isFalse();
    assertThat(isolated.ipv4.sendFailures()).isEqualTo(1);
  }

  @Test
  void broadcastsGoToTheBroadcastMac() {
    stack.ipv4.send(0x0a0000ff, 17, new byte[40], Ipv4.HEADROOM, 6);
    stack.loop.advance(1_000_000);
    assertThat(Ipv4Stack.destinationMac(stack.atPeer(0x0800).get(0)))
        .isEqualTo(0xFFFF_FFFF_FFFFL);
  }

  @Test
  void refusesWhatWouldNeedFragmenting() {
    assertThat(stack.ipv4.maxPayload()).isEqualTo(1480);
    assertThat(stack.ipv4.send(PEER_IP, 17, new byte[1600], Ipv4.HEADROOM, 1481)).isFalse();
    assertThrows(IllegalArgumentException.class,
        () -> stack.ipv4.send(PEER_IP, 17, new byte[100], 10, 5));
  }
}

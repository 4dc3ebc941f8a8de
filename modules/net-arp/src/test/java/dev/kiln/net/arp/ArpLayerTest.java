package dev.kiln.net.arp;

import static com.google.common.truth.Truth.assertThat;
import static dev.kiln.net.arp.ArpStack.LOCAL;
import static dev.kiln.net.arp.ArpStack.OURS;
import static dev.kiln.net.arp.ArpStack.PEER;
import static dev.kiln.net.arp.ArpStack.PEER_IP;
import static dev.kiln.net.arp.ArpStack.arpFrame;
import static dev.kiln.net.arp.ArpStack.arpIn;

import dev.kiln.api.net.MacAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArpLayerTest {
  private static final long SECOND = 1_000_000_000L;
  private final ArpStack stack = new ArpStack();

  @Test
  void announcesTheLocalAddressWithAGratuitousArp() throws Exception {
    stack.arp.setLocalAddress(LOCAL);
    stack.loop.advance(SECOND / 1000);

    List<byte[]> frames = stack.atPeer(0x0806);
    assertThat(frames).hasSize(1);
    assertThat(MacAddress.read(frames.get(0), 0)).isEqualTo(MacAddress.BROADCAST_VALUE);
    assertThat(arpIn(frames.get(0))).isEqualTo(new ArpPacket(1, OURS, LOCAL, 0, LOCAL));
  }

  @Test
  void repliesToARequestForItsAddressAndLearnsTheSender() throws Exception {
    stack.arp.setLocalAddress(LOCAL);
    stack.loop.advance(SECOND / 1000);
    stack.atPeer.clear();

    stack.device.inject(arpFrame(MacAddress.BROADCAST_VALUE,
        new ArpPacket(1, PEER, PEER_IP, 0, LOCAL)));
    stack.loop.advance(SECOND / 1000);

    List<byte[]> frames = stack.atPeer(0x0806);
    assertThat(frames).hasSize(1);
    assertThat(MacAddress.read(frames.get(0), 0)).isEqualTo(PEER);
    assertThat(arpIn(frames.get(0))).isEqualTo(new ArpPacket(2, OURS, LOCAL, PEER, PEER_IP));
    assertThat(stack.arp.lookup(PEER_IP)).isEqualTo(PEER);
  }

  @Test
  void doesNotAnswerOrLearnFromRequestsForOtherAddresses() {
    stack.arp.setLocalAddress(LOCAL);
    stack.loop.advance(SECOND / 1000);
    stack.atPeer.clear();

    stack.device.inject(arpFrame(MacAddress.BROADCAST_VALUE,
        new ArpPacket(1, PEER, PEER_IP, 0, 0x0a000009)));
    stack.loop.advance(SECOND / 1000);

    assertThat(stack.atPeer).isEmpty();
    assertThat(stack.arp.lookup(PEER_IP)).isEqualTo(-1);
  }

  @Test
  void rfc826MergeUpdatesAKnownSenderEvenWhenTheTargetIsAnotherHost() {
    stack.arp.setLocalAddress(LOCAL);
    stack.device.inject(arpFrame(OURS, new ArpPacket(2, PEER, PEER_IP, OURS, LOCAL)));
    stack.loop.advance(SECOND / 1000);
    long moved = 0x0200_0000_00AAL;

    stack.device.inject(arpFrame(MacAddress.BROADCAST_VALUE,
        new ArpPacket(1, moved, PEER_IP, 0, 0x0a000009)));
    stack.loop.advance(SECOND / 1000);

    assertThat(stack.arp.lookup(PEER_IP)).isEqualTo(moved);
  }

  @Test
  void entriesExpireAfterTheirLifetime() {
    stack.arp.setLocalAddress(LOCAL);
    stack.device.inject(arpFrame(OURS, new ArpPacket(2, PEER, PEER_IP, OURS, LOCAL)));
    stack.loop.advance(SECOND / 1000);

    stack.loop.advance(ArpLayer.ENTRY_LIFETIME_SECONDS * SECOND - 2 * SECOND);
    assertThat(stack.arp.lookup(PEER_IP)).isEqualTo(PEER);
    stack.loop.advance(2 * SECOND);
    assertThat(stack.arp.lookup(PEER_IP)).isEqualTo(-1);
  }

  @Test
  void queuesPacketsWhileResolvingThenSendsThemInOrder() throws Exception {
    stack.arp.setLocalAddress(LOCAL);
    stack.loop.advance(SECOND / 1000);
    stack.atPeer.clear();

    assertThat(stack.arp.sendIpv4(PEER_IP, packet(1), 14, 20)).isTrue();
    assertThat(stack.arp.sendIpv4(PEER_IP, packet(2), 14, 20)).isTrue();
    stack.loop.advance(SECOND / 1000);

    assertThat(stack.arp.waiting()).isEqualTo(2);
    List<byte[]> requests = stack.atPeer(0x0806);
    assertThat(requests).hasSize(1);
    assertThat(arpIn(requests.get(0))).isEqualTo(new ArpPacket(1, OURS, LOCAL, 0, PEER_IP));

    stack.device.inject(arpFrame(OURS, new ArpPacket(2, PEER, PEER_IP, OURS, LOCAL)));
    stack.loop.advance(SECOND / 1000);

    List<byte[]> sent = stack.atPeer(0x0800);
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0)[14]).isEqualTo(1);
    assertThat(sent.get(1)[14]).isEqualTo(2);
    assertThat(MacAddress.read(sent.get(0), 0)).isEqualTo(PEER);
    assertThat(stack.arp.waiting()).isEqualTo(0);
  }

  @Test
  void retriesThenDropsWhatWaitsForAHostThatNeverAnswers() {
    stack.arp.setLocalAddress(LOCAL);
    stack.loop.advance(SECOND / 1000);
    stack.atPeer.clear();

    stack.arp.sendIpv4(0x0a000077, packet(1), 14, 20);
    stack.loop.advance(10 * SECOND);

    assertThat(stack.atPeer(0x0806)).hasSize(ArpLayer.MAX_REQUESTS);
    assertThat(stack.arp.waiting()).isEqualTo(0);
    assertThat(stack.arp.packetsDropped()).isEqualTo(1);
    assertThat(stack.loop.pending()).isEqualTo(0);
  }

  @Test
  void theWaitQueueIsBounded() {
    stack.arp.setLocalAddress(LOCAL);
    for (int i = 0; i < PendingQueue.CAPACITY; i++) {
      assertThat(stack.arp.sendIpv4(0x0a000077, packet(i), 14, 20)).isTrue();
    }
    assertThat(stack.arp.sendIpv4(0x0a000077, packet(99), 14, 20)).isFalse();
    assertThat(stack.arp.waiting()).isEqualTo(PendingQueue.CAPACITY);
  }

  @Test
  void theLimitedBroadcastNeedsNoResolution() {
    stack.arp.setLocalAddress(LOCAL);
    stack.loop.advance(SECOND / 1000);
    stack.atPeer.clear();

    assertThat(stack.arp.sendIpv4(0xFFFF_FFFF, packet(5), 14, 20)).isTrue();
    stack.loop.advance(SECOND / 1000);

    assertThat(stack.atPeer(0x0800)).hasSize(1);
    assertThat(MacAddress.read(stack.atPeer(0x0800).get(0), 0))
        .isEqualTo(MacAddress.BROADCAST_VALUE);
  }

  @Test
  void ignoresProbesFromUnspecifiedSenders() {
    stack.arp.setLocalAddress(LOCAL);
    stack.device.inject(arpFrame(MacAddress.BROADCAST_VALUE,
        new ArpPacket(1, PEER, 0, 0, LOCAL)));
    stack.loop.advance(SECOND / 1000);
    assertThat(stack.arp.cacheSize()).isEqualTo(0);
  }

  private static byte[] packet(int marker) {
    byte[] buffer = new byte[14 + 20];
    buffer[14] = (byte) marker;
    return buffer;
  }
}

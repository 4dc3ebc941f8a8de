package dev.kiln.net.arp;

import static com.google.common.truth.Truth.assertThat;
import static dev.kiln.net.arp.ArpStack.OURS;
import static dev.kiln.net.arp.ArpStack.PEER;
import static dev.kiln.net.arp.ArpStack.PEER_IP;
import static dev.kiln.net.arp.ArpStack.arpFrame;
import static dev.kiln.net.arp.ArpStack.arpIn;

import dev.kiln.api.net.MacAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ARP probes and conflict reports for address checks, after RFC 5227 section 2.1.1. */
class AddressProbeTest {
  private static final long MILLI = 1_000_000L;
  private static final int CANDIDATE = 0x0a00000f;
  private final ArpStack stack = new ArpStack();
  private final List<Integer> conflicts = new ArrayList<>();

  @Test
  void rfc5227Section2_1_1_aProbeIsABroadcastRequestWithSenderIpZero() throws Exception {
    stack.arp.probe(CANDIDATE);
    stack.loop.advance(MILLI);

    List<byte[]> frames = stack.atPeer(0x0806);
    assertThat(frames).hasSize(1);
    assertThat(MacAddress.read(frames.get(0), 0)).isEqualTo(MacAddress.BROADCAST_VALUE);
    assertThat(arpIn(frames.get(0))).isEqualTo(new ArpPacket(1, OURS, 0, 0, CANDIDATE));
    assertThat(stack.arp.probesSent()).isEqualTo(1);
  }

  @Test
  void rfc5227Section2_1_1_aReplyFromTheAddressIsAConflict() {
    stack.arp.watchConflicts(CANDIDATE, conflicts::add);
    stack.device.inject(arpFrame(OURS, new ArpPacket(2, PEER, CANDIDATE, OURS, 0)));
    stack.loop.advance(MILLI);

    assertThat(conflicts).containsExactly(CANDIDATE);
  }

  @Test
  void rfc5227Section2_1_1_anotherHostsProbeForTheAddressIsAConflict() {
    stack.arp.watchConflicts(CANDIDATE, conflicts::add);
    stack.device.inject(arpFrame(MacAddress.BROADCAST_VALUE,
        new ArpPacket(1, PEER, 0, 0, CANDIDATE)));
    stack.loop.advance(MILLI);

    assertThat(conflicts).containsExactly(CANDIDATE);
  }

  @Test
  void rfc5227Section2_1_1_aProbeForOurAddressIsAnsweredWithoutLearningTheProber()
      throws Exception {
    stack.arp.setLocalAddress(ArpStack.LOCAL);
    stack.loop.advance(MILLI);
    stack.atPeer.clear();

    stack.device.inject(arpFrame(MacAddress.BROADCAST_VALUE,
        new ArpPacket(1, PEER, 0, 0, ArpStack.LOCAL)));
    stack.loop.advance(MILLI);

    List<byte[]> frames = stack.atPeer(0x0806);
    assertThat(frames).hasSize(1);
    assertThat(MacAddress.read(frames.get(0), 0)).isEqualTo(PEER);
    assertThat(arpIn(frames.get(0))).isEqualTo(new ArpPacket(2, OURS, ArpStack.LOCAL, PEER, 0));
    assertThat(stack.arp.cacheSize()).isEqualTo(0);
  }

  @Test
  void packetsAboutOtherAddressesOurOwnProbesAndStoppedWatchesAreNoConflict() {
    stack.arp.watchConflicts(CANDIDATE, conflicts::add);
    stack.device.inject(arpFrame(MacAddress.BROADCAST_VALUE,
        new ArpPacket(1, PEER, PEER_IP, 0, 0x0a000009)));
    stack.device.inject(arpFrame(MacAddress.BROADCAST_VALUE,
        new ArpPacket(1, OURS, 0, 0, CANDIDATE))); // our own probe, looped back
    stack.loop.advance(MILLI);
    stack.arp.watchConflicts(0, null);
    stack.device.inject(arpFrame(OURS, new ArpPacket(2, PEER, CANDIDATE, OURS, 0)));
    stack.loop.advance(MILLI);

    assertThat(conflicts).isEmpty();
  }
}

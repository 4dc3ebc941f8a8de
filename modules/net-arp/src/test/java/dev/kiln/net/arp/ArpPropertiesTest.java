package dev.kiln.net.arp;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.MacAddress;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ArpPropertiesTest {
  @Property
  void parseOfEmitIsIdentity(@ForAll("packets") ArpPacket packet) throws Exception {
    byte[] buffer = new byte[28];
    packet.emit(buffer, 0);
    assertThat(ArpPacket.parse(buffer, 0, 28)).isEqualTo(packet);
  }

  @Property
  void arbitraryBytesParseOrAreMalformed(@ForAll @Size(max = 40) byte[] bytes) {
    try {
      ArpPacket.parse(bytes, 0, bytes.length);
    } catch (MalformedArpException expected) {
      // the only failure allowed
    }
  }

  @Property
  void mutatedFramesNeverBreakTheLayer(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 41) Integer> positions,
      @ForAll @Size(max = 30) List<Byte> values) throws Exception {
    ArpStack stack = new ArpStack();
    stack.arp.setLocalAddress(ArpStack.LOCAL);
    byte[] frame = ArpStack.arpFrame(MacAddress.BROADCAST_VALUE,
        new ArpPacket(1, ArpStack.PEER, ArpStack.PEER_IP, 0, ArpStack.LOCAL));
    for (int i = 0; i < Math.min(positions.size(), values.size()); i++) {
      byte[] mutated = frame.clone();
      mutated[positions.get(i)] = values.get(i);
      stack.device.inject(mutated);
    }
    stack.loop.advance(1_000_000);

    // Whatever arrived, the layer still answers a well-formed request correctly.
    stack.atPeer.clear();
    stack.device.inject(frame);
    stack.loop.advance(1_000_000);
    List<byte[]> replies = stack.atPeer(0x0806);
    assertThat(replies).isNotEmpty();
    assertThat(ArpStack.arpIn(replies.get(replies.size() - 1))).isEqualTo(new ArpPacket(2,
        ArpStack.OURS, ArpStack.LOCAL, ArpStack.PEER, ArpStack.PEER_IP));
    assertThat(stack.arp.cacheSize()).isAtMost(ArpCache.CAPACITY);
  }

  @Provide
  Arbitrary<ArpPacket> packets() {
    Arbitrary<Long> macs = Arbitraries.longs().between(0, 0xFFFF_FFFF_FFFFL);
    Arbitrary<Integer> addresses = Arbitraries.integers();
    return Combinators.combine(Arbitraries.of(1, 2), macs, addresses, macs, addresses)
        .as(ArpPacket::new);
  }
}

package dev.kiln.net.ipv4;

import static com.google.common.truth.Truth.assertThat;
import static dev.kiln.net.ipv4.Ipv4Stack.LOCAL;
import static dev.kiln.net.ipv4.Ipv4Stack.OURS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class Ipv4PropertiesTest {
  @Property
  void parseOfEmitIsIdentity(@ForAll("headers") Ipv4Header header) throws Exception {
    byte[] buffer = new byte[header.totalLength()];
    header.emit(buffer, 0);
    assertThat(Ipv4Header.parse(buffer, 0, buffer.length)).isEqualTo(header);
  }

  @Property
  void arbitraryBytesParseOrAreMalformed(@ForAll @Size(max = 80) byte[] bytes) {
    try {
      Ipv4View view = new Ipv4View().wrap(bytes, 0, bytes.length);
      assertThat(view.payloadOffset() + view.payloadLength()).isAtMost(bytes.length);
    } catch (MalformedIpv4Exception expected) {
      // the only failure allowed
    }
  }

  @Property(tries = 200)
  void arbitraryFragmentsStayWithinTheLimits(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 8191) Integer> offsets,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 1480) Integer> lengths,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 5) Integer> ids) {
    Ipv4Stack stack = new Ipv4Stack();
    int count = Math.min(offsets.size(), Math.min(lengths.size(), ids.size()));
    for (int i = 0; i < count; i++) {
      boolean more = (lengths.get(i) & 1) == 0;
      stack.fromPeer(Ipv4Stack.udpHeader(LOCAL, ids.get(i), more, offsets.get(i) * 8,
          lengths.get(i)), new byte[lengths.get(i)]);
      assertThat(stack.ipv4.reassemblyMemory()).isAtMost(Reassembly.MEMORY_LIMIT);
      assertThat(stack.ipv4.reassembliesInProgress()).isAtMost(Reassembly.MAX_DATAGRAMS);
    }
    for (byte[] payload : stack.payloads) {
      assertThat(payload.length).isAtMost(0xFFFF - 20);
    }
  }

  @Property(tries = 200)
  void anyFragmentationInAnyOrderReassemblesExactly(
      @ForAll @IntRange(min = 1, max = 6000) int length,
      @ForAll @IntRange(min = 8, max = 185) int unitsPerFragment,
      @ForAll long seed) {
    int step = unitsPerFragment * 8;
    // Shuffled, n fragments can leave about n/2 holes at once; more breaks the hole limit.
    Assume.that((length + step - 1) / step <= 2 * (Reassembly.MAX_HOLES - 1));
    Ipv4Stack stack = new Ipv4Stack();
    byte[] payload = ReassemblyTest.pattern(length);
    List<byte[]> frames = new ArrayList<>();
    for (int offset = 0; offset < length; offset += step) {
      int size = Math.min(step, length - offset);
      byte[] part = new byte[size];
      System.arraycopy(payload, offset, part, 0, size);
      frames.add(Ipv4Stack.frame(OURS, Ipv4Stack.udpHeader(LOCAL, 77,
          offset + size < length, offset, size), part));
    }
    Collections.shuffle(frames, new Random(seed));
    for (byte[] frame : frames) {
      stack.device.inject(frame);
    }
    stack.loop.advance(1_000_000);

    assertThat(stack.payloads).hasSize(1);
    assertThat(stack.payloads.get(0)).isEqualTo(payload);
  }

  @Property(tries = 300)
  void mutatedDatagramsNeverBreakTheLayer(@ForAll @IntRange(min = 14, max = 45) int position,
      @ForAll byte value) {
    Ipv4Stack stack = new Ipv4Stack();
    byte[] frame = Ipv4Stack.frame(OURS, Ipv4Stack.udpHeader(LOCAL, 1, false, 0, 12),
        new byte[12]);
    frame[position] = value;
    stack.device.inject(frame);
    stack.loop.advance(1000);

    stack.fromPeer(Ipv4Stack.udpHeader(LOCAL, 2, false, 0, 12), new byte[12]);
    assertThat(stack.delivered).contains("10.0.0.1>10.0.0.2 17 12");
  }

  @Provide
  Arbitrary<Ipv4Header> headers() {
    Arbitrary<Integer> bytes = Arbitraries.integers().between(0, 255);
    Arbitrary<Integer> lengths = Arbitraries.integers().between(20, 200);
    Arbitrary<Integer> ids = Arbitraries.integers().between(0, 0xFFFF);
    Arbitrary<Boolean> flags = Arbitraries.of(true, false);
    Arbitrary<Integer> offsets = Arbitraries.integers().between(0, 0x1FFF).map(u -> u * 8);
    Arbitrary<Integer> addresses = Arbitraries.integers();
    return Combinators.combine(bytes, lengths, ids, flags, flags, offsets, bytes, bytes)
        .as((tos, length, id, df, mf, offset, ttl, protocol) -> new Object[] {tos, length, id,
            df, mf, offset, ttl, protocol})
        .flatMap(fields -> Combinators.combine(addresses, addresses).as((source, destination)
            -> new Ipv4Header((int) fields[0], (int) fields[1], (int) fields[2],
                (boolean) fields[3], (boolean) fields[4], (int) fields[5], (int) fields[6],
                (int) fields[7], source, destination)));
  }
}

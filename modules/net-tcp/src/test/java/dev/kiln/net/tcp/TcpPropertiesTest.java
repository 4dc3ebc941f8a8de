package dev.kiln.net.tcp;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.Ipv4;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TcpPropertiesTest {
  private static final int A = 0x0a000001;
  private static final int B = 0x0a000002;

  @Property
  void parseOfEmitIsIdentity(@ForAll("headers") TcpHeader header,
      @ForAll @Size(max = 64) byte[] payload) throws Exception {
    byte[] buffer = new byte[header.length() + payload.length];
    System.arraycopy(payload, 0, buffer, header.length(), payload.length);
    header.emit(A, B, buffer, 0, payload.length);
    assertThat(TcpHeader.parse(A, B, buffer, 0, buffer.length)).isEqualTo(header);
  }

  @Property
  void arbitraryBytesParseOrFailWithTheCodecsException(@ForAll @Size(max = 80) byte[] bytes) {
    try {
      TcpHeader.parse(A, B, bytes, 0, bytes.length);
    } catch (MalformedTcpException expected) {
      // the one failure allowed
    }
  }

  @Property
  void mutatedSegmentsParseOrFailWithTheCodecsException(@ForAll("headers") TcpHeader header,
      @ForAll @IntRange(min = 0, max = 31) int position, @ForAll byte value) {
    byte[] buffer = new byte[header.length()];
    header.emit(A, B, buffer, 0, 0);
    buffer[position % buffer.length] = value;
    // Fix the checksum so that option parsing is reached, not just the checksum check.
    buffer[16] = 0;
    buffer[17] = 0;
    int sum = dev.kiln.api.net.InternetChecksum.pseudoHeader(A, B, Ipv4.PROTOCOL_TCP,
        buffer.length);
    int checksum = dev.kiln.api.net.InternetChecksum.finish(
        dev.kiln.api.net.InternetChecksum.sum(sum, buffer, 0, buffer.length));
    buffer[16] = (byte) (checksum >>> 8);
    buffer[17] = (byte) checksum;
    try {
      new TcpView().wrap(A, B, buffer, 0, buffer.length);
    } catch (MalformedTcpException expected) {
      // fine
    }
  }

  /** Arbitrary segments fed to a listening layer never throw nor break it. */
  @Property(tries = 200)
  void aLayerSurvivesArbitrarySegments(@ForAll("segments") List<byte[]> segments) {
    ScriptedPeer peer = new ScriptedPeer();
    peer.accept(65535, 2);
    for (byte[] segment : segments) {
      byte[] buffer = new byte[Ipv4.HEADROOM + segment.length];
      System.arraycopy(segment, 0, buffer, Ipv4.HEADROOM, segment.length);
      peer.ipv4.listener.datagram(ScriptedPeer.PEER, ScriptedPeer.LOCAL, Ipv4.PROTOCOL_TCP,
          buffer, Ipv4.HEADROOM - 20, Ipv4.HEADROOM, segment.length);
      peer.advanceMillis(300);
    }
    peer.advanceMillis(600_000);
    assertThat(peer.tcp.connections()).isAtMost(1 + segments.size());
  }

  @Provide
  Arbitrary<List<byte[]>> segments() {
    Arbitrary<byte[]> wellFormed = headers().map(h -> {
      TcpHeader aimed = new TcpHeader(ScriptedPeer.PEER_PORT, ScriptedPeer.PORT, h.sequence(),
          h.acknowledgment(), h.flags(), h.window(), 0, h.mss(), h.windowScale(),
          h.sackPermitted());
      byte[] buffer = new byte[aimed.length() + 3];
      aimed.emit(ScriptedPeer.PEER, ScriptedPeer.LOCAL, buffer, 0, 3);
      return buffer;
    });
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(60);
    return Arbitraries.oneOf(wellFormed, random).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<TcpHeader> headers() {
    Arbitrary<Integer> port = Arbitraries.integers().between(0, 0xFFFF);
    Arbitrary<Integer> number = Arbitraries.integers();
    Arbitrary<Integer> flags = Arbitraries.integers().between(0, 0x3F);
    Arbitrary<Integer> option = Arbitraries.integers().between(-1, 0xFFFF);
    Arbitrary<Integer> scale = Arbitraries.integers().between(-1, 14);
    return Combinators.combine(port, port, number, number, flags, port, port, option)
        .flatAs((sp, dp, seq, ack, f, window, urgent, mss) ->
            Combinators.combine(scale, Arbitraries.of(true, false)).as((ws, sack) ->
                new TcpHeader(sp, dp, seq, ack, f, window, urgent, mss, ws, sack)));
  }
}

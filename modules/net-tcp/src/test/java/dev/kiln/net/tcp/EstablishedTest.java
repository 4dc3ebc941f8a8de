package dev.kiln.net.tcp;

import static com.google.common.truth.Truth.assertThat;
import static dev.kiln.net.tcp.ScriptedPeer.PEER_ISS;
import static dev.kiln.net.tcp.ScriptedPeer.PORT;
import static dev.kiln.net.tcp.TcpView.ABSENT;
import static dev.kiln.net.tcp.TcpView.ACK;
import static dev.kiln.net.tcp.TcpView.PSH;
import static dev.kiln.net.tcp.TcpView.RST;
import static dev.kiln.net.tcp.TcpView.SYN;

import dev.kiln.net.tcp.ScriptedPeer.Segment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ESTABLISHED: data both ways, flow control, Nagle, keepalive and RFC 5961's checks. */
class EstablishedTest {
  private static final int DATA = PEER_ISS + 1;
  private final ScriptedPeer peer = new ScriptedPeer();

  @Test
  void inOrderDataIsDeliveredAndAcknowledged() {
    peer.accept(65535, ABSENT);
    peer.send(PORT, DATA, peer.iss + 1, ACK | PSH, 65535, "hello");
    Segment ack = peer.sentOne();
    assertThat(ack.ack()).isEqualTo(DATA + 5);
    assertThat(peer.received.toString()).isEqualTo("hello");
  }

  @Test
  void rfc9293_3_10_7_4_outOfOrderSegmentsAreReassembled() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    peer.send(PORT, DATA + 10, peer.iss + 1, ACK, 65535, "again");
    peer.send(PORT, DATA + 5, peer.iss + 1, ACK, 65535, "world");
    assertThat(peer.sent()).hasSize(2); // duplicate ACKs for the hole
    assertThat(socket.outOfOrderRanges()).isEqualTo(1);
    assertThat(peer.received.toString()).isEmpty();
    peer.send(PORT, DATA, peer.iss + 1, ACK, 65535, "hello");
    assertThat(peer.sentOne().ack()).isEqualTo(DATA + 15);
    assertThat(peer.received.toString()).isEqualTo("helloworldagain");
    assertThat(socket.outOfOrderRanges()).isEqualTo(0);
  }

  @Test
  void rfc9293_3_10_7_4_aSegmentOutsideTheWindowGetsAnAckAndIsDropped() {
    peer.accept(65535, ABSENT);
    peer.send(PORT, DATA + 200_000, peer.iss + 1, ACK, 65535, "far");
    Segment ack = peer.sentOne();
    assertThat(ack.is(ACK)).isTrue();
    assertThat(ack.ack()).isEqualTo(DATA);
    assertThat(peer.received.toString()).isEmpty();
  }

  @Test
  void rfc9293_3_10_7_4_duplicateDataIsAcknowledgedNotDeliveredTwice() {
    peer.accept(65535, ABSENT);
    peer.send(PORT, DATA, peer.iss + 1, ACK, 65535, "hello");
    peer.send(PORT, DATA, peer.iss + 1, ACK, 65535, "hello world");
    assertThat(peer.received.toString()).isEqualTo("hello world");
    assertThat(peer.sent().get(1).ack()).isEqualTo(DATA + 11);
  }

  @Test
  void rfc5961_3_2_anInWindowRstGetsAChallengeAck() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    peer.send(PORT, DATA + 100, 0, RST, 0, "");
    Segment challenge = peer.sentOne();
    assertThat(challenge.is(ACK)).isTrue();
    assertThat(challenge.seq()).isEqualTo(peer.iss + 1);
    assertThat(challenge.ack()).isEqualTo(DATA);
    assertThat(socket.state()).isEqualTo(TcpState.ESTABLISHED);
    assertThat(peer.tcp.challengeAcksSent()).isEqualTo(1);
  }

  @Test
  void rfc5961_3_2_aRstAtExactlyRcvNxtResets() {
    peer.accept(65535, ABSENT);
    peer.send(PORT, DATA, 0, RST, 0, "");
    assertThat(peer.sent()).isEmpty();
    assertThat(peer.events).containsExactly("closed RESET");
    assertThat(peer.tcp.connections()).isEqualTo(0);
  }

  @Test
  void rfc5961_3_2_aRstOutsideTheWindowIsDroppedSilently() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    peer.send(PORT, DATA - 10_000, 0, RST, 0, "");
    assertThat(peer.sent()).isEmpty();
    assertThat(socket.state()).isEqualTo(TcpState.ESTABLISHED);
  }

  @Test
  void rfc5961_4_2_aSynInEstablishedGetsAChallengeAck() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    peer.send(PORT, DATA + 50, 0, SYN, 65535, "");
    Segment challenge = peer.sentOne();
    assertThat(challenge.is(ACK)).isTrue();
    assertThat(challenge.ack()).isEqualTo(DATA);
    assertThat(socket.state()).isEqualTo(TcpState.ESTABLISHED);
  }

  @Test
  void rfc5961_5_2_anAckOfDataNeverSentIsAnsweredAndTheSegmentDropped() {
    peer.accept(65535, ABSENT);
    peer.send(PORT, DATA, peer.iss + 1000, ACK, 65535, "sneaky");
    Segment ack = peer.sentOne();
    assertThat(ack.ack()).isEqualTo(DATA);
    assertThat(peer.received.toString()).isEmpty();
  }

  @Test
  void dataGoesOutInMssSegmentsWithinTheInitialCongestionWindow() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    assertThat(socket.write(new byte[10_000], 0, 10_000)).isEqualTo(10_000);
    List<Segment> segments = peer.sent();
    // RFC 5681 3.1: three segments for an MSS of 1460.
    assertThat(segments).hasSize(3);
    assertThat(segments.get(0).payload()).hasLength(1460);
    assertThat(segments.get(1).seq()).isEqualTo(peer.iss + 1 + 1460);
    peer.send(PORT, DATA, peer.iss + 1 + 1460, ACK, 65535, "");
    assertThat(peer.sent()).hasSize(2); // slow start: one acknowledged, two more
  }

  @Test
  void rfc1122_4_2_3_4_nagleHoldsASmallSegmentWhileDataIsUnacknowledged() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    socket.write(bytes("a"), 0, 1);
    assertThat(peer.sentOne().text()).isEqualTo("a");
    socket.write(bytes("b"), 0, 1);
    socket.write(bytes("c"), 0, 1);
    assertThat(peer.sent()).isEmpty();
    peer.send(PORT, DATA, peer.iss + 2, ACK, 65535, "");
    assertThat(peer.sentOne().text()).isEqualTo("bc");
  }

  @Test
  void rfc1122_4_2_3_4_noDelaySendsSmallSegmentsAtOnce() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    socket.setNoDelay(true);
    socket.write(bytes("a"), 0, 1);
    socket.write(bytes("b"), 0, 1);
    assertThat(peer.sent()).hasSize(2);
  }

  @Test
  void rfc9293_3_8_6_theSenderKeepsWithinThePeersWindow() {
    TcpSocket socket = peer.accept(1000, ABSENT);
    socket.write(new byte[3000], 0, 3000);
    List<Segment> segments = peer.sent();
    assertThat(segments).hasSize(1);
    assertThat(segments.get(0).payload()).hasLength(1000);
    peer.send(PORT, DATA, peer.iss + 1001, ACK, 1000, "");
    assertThat(peer.sentOne().payload()).hasLength(1000);
  }

  @Test
  void rfc9293_3_8_6_1_aZeroWindowIsProbed() {
    TcpSocket socket = peer.accept(0, ABSENT);
    socket.write(bytes("abc"), 0, 3);
    assertThat(peer.sent()).isEmpty();
    peer.advanceMillis(1000);
    Segment probe = peer.sentOne();
    assertThat(probe.text()).isEqualTo("a");
    // The window opens: the rest follows.
    peer.send(PORT, DATA, peer.iss + 2, ACK, 1000, "");
    assertThat(peer.sentOne().text()).isEqualTo("bc");
  }

  @Test
  void rfc7323_2_3_thePeersWindowIsScaled() {
    TcpSocket socket = peer.accept(65535, 4);
    peer.send(PORT, DATA, peer.iss + 1, ACK, 100, "");
    assertThat(socket.sendWindow()).isEqualTo(1600);
    socket.write(new byte[5000], 0, 5000);
    List<Segment> segments = peer.sent();
    // 1600 bytes of window: one full segment; the 140 left would be a silly window (RFC 1122
    // 4.2.3.4), so they wait for the acknowledgment.
    assertThat(segments).hasSize(1);
    assertThat(segments.get(0).payload()).hasLength(1460);
  }

  @Test
  void aFullSendBufferTakesPartOfAWriteThenReportsWritable() {
    ScriptedPeer small = new ScriptedPeer(TcpConfig.DEFAULT.withBuffers(4096, 4096));
    TcpSocket socket = small.accept(65535, ABSENT);
    assertThat(socket.write(new byte[10_000], 0, 10_000)).isEqualTo(4096);
    assertThat(socket.writableBytes()).isEqualTo(0);
    List<Segment> segments = small.sent();
    int acked = 0;
    for (Segment segment : segments) {
      acked += segment.payload().length;
    }
    small.send(PORT, DATA, small.iss + 1 + acked, ACK, 65535, "");
    assertThat(small.events).containsExactly("writable");
    assertThat(socket.writableBytes()).isEqualTo(acked);
  }

  @Test
  void aSlowReaderClosesTheWindowAndReadingOpensIt() {
    ScriptedPeer small = new ScriptedPeer(TcpConfig.DEFAULT.withBuffers(4096, 4096));
    small.tcp.listen(PORT, 1, c -> {
      small.socket = (TcpSocket) c;
      return new dev.kiln.api.net.TcpConnection.Handler() {};
    });
    small.send(new TcpHeader(ScriptedPeer.PEER_PORT, PORT, PEER_ISS, 0, SYN, 65535, 0,
        1460, ABSENT, false), "");
    int iss = small.sentOne().seq();
    small.send(PORT, DATA, iss + 1, ACK, 65535, "");
    small.send(PORT, DATA, iss + 1, ACK, 65535, "x".repeat(1460));
    small.send(PORT, DATA + 1460, iss + 1, ACK, 65535, "x".repeat(1460));
    small.send(PORT, DATA + 2920, iss + 1, ACK, 65535, "x".repeat(1176));
    List<Segment> acks = small.sent();
    assertThat(acks.get(2).header().window()).isEqualTo(0);
    assertThat(small.socket.read(new byte[4096], 0, 4096)).isEqualTo(4096);
    Segment update = small.sentOne();
    assertThat(update.header().window()).isEqualTo(4096);
  }

  @Test
  void rfc1122_4_2_3_6_keepaliveProbesAnIdlePeerThenGivesUp() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    socket.setKeepAlive(10 * TcpConfig.SECOND, TcpConfig.SECOND, 2);
    peer.advanceMillis(10_000);
    Segment probe = peer.sentOne();
    assertThat(probe.seq()).isEqualTo(peer.iss);
    assertThat(probe.payload()).isEmpty();
    // An answer resets the count.
    peer.send(PORT, DATA, peer.iss + 1, ACK, 65535, "");
    peer.advanceMillis(10_000);
    assertThat(peer.sent()).hasSize(1);
    peer.advanceMillis(1_000);
    assertThat(peer.sent()).hasSize(1);
    peer.advanceMillis(1_000);
    assertThat(peer.sentOne().is(RST)).isTrue();
    assertThat(peer.events).containsExactly("closed TIMED_OUT");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}

package dev.kiln.net.tcp;

import static com.google.common.truth.Truth.assertThat;
import static dev.kiln.net.tcp.ScriptedPeer.PEER_ISS;
import static dev.kiln.net.tcp.ScriptedPeer.PORT;
import static dev.kiln.net.tcp.TcpView.ABSENT;
import static dev.kiln.net.tcp.TcpView.ACK;

import dev.kiln.net.tcp.ScriptedPeer.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retransmission (RFC 6298) and congestion control (RFC 5681, RFC 6582) in ESTABLISHED. */
class RetransmissionTest {
  private static final int DATA = PEER_ISS + 1;
  private final ScriptedPeer peer = new ScriptedPeer();

  @Test
  void rfc6298_2_theFirstTimeoutIsOneSecondAndEachExpiryDoublesIt() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    socket.write(new byte[] {'x'}, 0, 1);
    Segment first = peer.sentOne();
    peer.advanceMillis(999);
    assertThat(peer.sent()).isEmpty();
    peer.advanceMillis(1);
    assertThat(peer.sentOne().seq()).isEqualTo(first.seq());
    peer.advanceMillis(1999);
    assertThat(peer.sent()).isEmpty();
    peer.advanceMillis(1);
    assertThat(peer.sentOne().seq()).isEqualTo(first.seq());
    assertThat(socket.rtoNanos()).isEqualTo(4 * TcpConfig.SECOND);
  }

  @Test
  void rfc6298_2_4_aMeasuredRoundTripNeverTakesTheTimeoutBelowTheMinimum() {
    ScriptedPeer fast = peer;
    TcpSocket socket = fast.accept(65535, ABSENT);
    socket.write(new byte[] {'x'}, 0, 1);
    fast.sent();
    fast.advanceMillis(100);
    fast.send(PORT, DATA, fast.iss + 2, ACK, 65535, "");
    // Samples 0 (handshake) then 100 ms: SRTT 12.5 ms, RTTVAR 25 ms, so 112.5 ms, below 1 s.
    assertThat(socket.srttNanos()).isEqualTo(12_500_000L);
    assertThat(socket.rtoNanos()).isEqualTo(TcpConfig.SECOND);
  }

  @Test
  void rfc6298_5_4_aTimeoutShrinksTheCongestionWindowToOneSegment() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    socket.write(new byte[5000], 0, 5000);
    assertThat(peer.sent()).hasSize(3);
    peer.advanceMillis(1000);
    List<Segment> again = peer.sent();
    assertThat(again).hasSize(1);
    assertThat(again.get(0).seq()).isEqualTo(peer.iss + 1);
    assertThat(socket.congestionWindow()).isEqualTo(1460);
    assertThat(socket.slowStartThreshold()).isEqualTo(2920);
  }

  @Test
  void rfc3042_theFirstTwoDuplicateAcksEachReleaseOneNewSegment() {
    startFourSegmentsInFlight();
    int second = peer.iss + 1 + 1460;
    peer.send(PORT, DATA, second, ACK, 65535, "");
    assertThat(peer.sentOne().seq()).isEqualTo(peer.iss + 1 + 5 * 1460);
    peer.send(PORT, DATA, second, ACK, 65535, "");
    assertThat(peer.sentOne().seq()).isEqualTo(peer.iss + 1 + 6 * 1460);
  }

  @Test
  void rfc5681_3_2_threeDuplicateAcksTriggerFastRetransmit() {
    TcpSocket socket = startFourSegmentsInFlight();
    int second = peer.iss + 1 + 1460;
    peer.send(PORT, DATA, second, ACK, 65535, "");
    peer.send(PORT, DATA, second, ACK, 65535, "");
    peer.sent(); // two new segments by limited transmit: six in flight
    peer.send(PORT, DATA, second, ACK, 65535, "");
    assertThat(peer.sentOne().seq()).isEqualTo(second);
    assertThat(socket.inFastRecovery()).isTrue();
    assertThat(peer.tcp.fastRetransmits()).isEqualTo(1);
    // ssthresh is half the flight, the window that plus the three segments that left.
    assertThat(socket.slowStartThreshold()).isEqualTo(3 * 1460);
    assertThat(socket.congestionWindow()).isEqualTo(6 * 1460);
  }

  @Test
  void rfc6582_3_2_aPartialAckRetransmitsTheNextHoleAndAFullAckEndsRecovery() {
    TcpSocket socket = startFourSegmentsInFlight();
    int second = peer.iss + 1 + 1460;
    for (int i = 0; i < 3; i++) {
      peer.send(PORT, DATA, second, ACK, 65535, "");
    }
    peer.sent();
    int third = second + 1460;
    peer.send(PORT, DATA, third, ACK, 65535, "");
    List<Segment> afterPartial = peer.sent();
    assertThat(afterPartial.get(0).seq()).isEqualTo(third);
    assertThat(socket.inFastRecovery()).isTrue();
    int recover = peer.iss + 1 + 7 * 1460;
    peer.send(PORT, DATA, recover, ACK, 65535, "");
    assertThat(socket.inFastRecovery()).isFalse();
    assertThat(socket.congestionWindow()).isAtMost(socket.slowStartThreshold());
  }

  /** Writes plenty and acknowledges the first segment, so segments 2 to 5 are in flight. */
  private TcpSocket startFourSegmentsInFlight() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    socket.write(new byte[20 * 1460], 0, 20 * 1460);
    assertThat(peer.sent()).hasSize(3);
    peer.send(PORT, DATA, peer.iss + 1 + 1460, ACK, 65535, "");
    assertThat(peer.sent()).hasSize(2);
    return socket;
  }
}

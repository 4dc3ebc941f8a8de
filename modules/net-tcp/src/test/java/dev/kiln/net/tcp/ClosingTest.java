package dev.kiln.net.tcp;

import static com.google.common.truth.Truth.assertThat;
import static dev.kiln.net.tcp.ScriptedPeer.PEER_ISS;
import static dev.kiln.net.tcp.ScriptedPeer.PORT;
import static dev.kiln.net.tcp.TcpView.ABSENT;
import static dev.kiln.net.tcp.TcpView.ACK;
import static dev.kiln.net.tcp.TcpView.FIN;
import static dev.kiln.net.tcp.TcpView.RST;

import dev.kiln.net.tcp.ScriptedPeer.Segment;
import org.junit.jupiter.api.Test;

/** FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, CLOSING, LAST-ACK, TIME-WAIT and resets. */
class ClosingTest {
  private static final int DATA = PEER_ISS + 1;
  private static final long MSL_MILLIS = 2_000;
  private final ScriptedPeer peer =
      new ScriptedPeer(TcpConfig.DEFAULT.withMsl(MSL_MILLIS * 1_000_000L));

  @Test
  void rfc9293_3_6_activeCloseGoesThroughFinWait2AndTimeWait() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    socket.close();
    Segment fin = peer.sentOne();
    assertThat(fin.is(FIN | ACK)).isTrue();
    assertThat(fin.seq()).isEqualTo(peer.iss + 1);
    assertThat(socket.state()).isEqualTo(TcpState.FIN_WAIT_1);

    peer.send(PORT, DATA, peer.iss + 2, ACK, 65535, "");
    assertThat(socket.state()).isEqualTo(TcpState.FIN_WAIT_2);
    peer.send(PORT, DATA, peer.iss + 2, FIN | ACK, 65535, "");
    assertThat(peer.sentOne().ack()).isEqualTo(DATA + 1);
    assertThat(socket.state()).isEqualTo(TcpState.TIME_WAIT);
    assertThat(peer.events).containsExactly("eof", "closed CLOSED").inOrder();

    peer.advanceMillis(2 * MSL_MILLIS - 1);
    assertThat(peer.tcp.connections()).isEqualTo(1);
    peer.advanceMillis(1);
    assertThat(peer.tcp.connections()).isEqualTo(0);
    assertThat(socket.state()).isEqualTo(TcpState.CLOSED);
  }

  @Test
  void rfc9293_3_6_timeWaitAcknowledgesARetransmittedFinAndRestartsItsTimer() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    socket.close();
    peer.sent();
    peer.send(PORT, DATA, peer.iss + 2, FIN | ACK, 65535, "");
    peer.sent();
    peer.advanceMillis(MSL_MILLIS);
    peer.send(PORT, DATA, peer.iss + 2, FIN | ACK, 65535, "");
    assertThat(peer.sentOne().ack()).isEqualTo(DATA + 1);
    peer.advanceMillis(2 * MSL_MILLIS - 1);
    assertThat(socket.state()).isEqualTo(TcpState.TIME_WAIT);
    peer.advanceMillis(1);
    assertThat(socket.state()).isEqualTo(TcpState.CLOSED);
  }

  @Test
  void rfc9293_3_6_passiveCloseGoesThroughCloseWaitAndLastAck() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    peer.send(PORT, DATA, peer.iss + 1, FIN | ACK, 65535, "bye");
    assertThat(peer.sentOne().ack()).isEqualTo(DATA + 4);
    assertThat(socket.state()).isEqualTo(TcpState.CLOSE_WAIT);
    assertThat(peer.received.toString()).isEqualTo("bye");
    assertThat(peer.events).containsExactly("eof");

    // Writing still works in CLOSE-WAIT.
    socket.write(new byte[] {'k'}, 0, 1);
    assertThat(peer.sentOne().text()).isEqualTo("k");
    socket.close();
    Segment fin = peer.sentOne();
    assertThat(fin.is(FIN | ACK)).isTrue();
    assertThat(socket.state()).isEqualTo(TcpState.LAST_ACK);
    peer.send(PORT, DATA + 4, peer.iss + 3, ACK, 65535, "");
    assertThat(socket.state()).isEqualTo(TcpState.CLOSED);
    assertThat(peer.events).containsExactly("eof", "closed CLOSED");
    assertThat(peer.tcp.connections()).isEqualTo(0);
  }

  @Test
  void rfc9293_3_6_simultaneousClose() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    socket.close();
    peer.sentOne();
    // Figure 13: the peer's FIN crosses ours, acknowledging nothing new.
    peer.send(PORT, DATA, peer.iss + 1, FIN | ACK, 65535, "");
    assertThat(peer.sentOne().ack()).isEqualTo(DATA + 1);
    assertThat(socket.state()).isEqualTo(TcpState.CLOSING);
    peer.send(PORT, DATA + 1, peer.iss + 2, ACK, 65535, "");
    assertThat(socket.state()).isEqualTo(TcpState.TIME_WAIT);
    assertThat(peer.events).containsExactly("eof", "closed CLOSED").inOrder();
  }

  @Test
  void rfc9293_3_10_4_shutdownOutputHalfClosesAndKeepsReading() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    socket.shutdownOutput();
    assertThat(peer.sentOne().is(FIN | ACK)).isTrue();
    assertThat(socket.write(new byte[1], 0, 1)).isEqualTo(-1);
    peer.send(PORT, DATA, peer.iss + 2, ACK, 65535, "late");
    assertThat(socket.state()).isEqualTo(TcpState.FIN_WAIT_2);
    assertThat(peer.received.toString()).isEqualTo("late");
  }

  @Test
  void rfc9293_3_6_anUnacknowledgedFinIsRetransmitted() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    socket.close();
    Segment fin = peer.sentOne();
    peer.advanceMillis(1000);
    Segment again = peer.sentOne();
    assertThat(again.is(FIN | ACK)).isTrue();
    assertThat(again.seq()).isEqualTo(fin.seq());
  }

  @Test
  void rfc9293_3_10_5_abortSendsAReset() {
    TcpSocket socket = peer.accept(65535, ABSENT);
    socket.abort();
    Segment reset = peer.sentOne();
    assertThat(reset.is(RST)).isTrue();
    assertThat(reset.seq()).isEqualTo(peer.iss + 1);
    assertThat(peer.events).containsExactly("closed ABORTED");
    assertThat(peer.tcp.connections()).isEqualTo(0);
    // Later segments for it find no connection and are reset.
    peer.send(PORT, DATA, peer.iss + 1, ACK, 65535, "x");
    assertThat(peer.sentOne().is(RST)).isTrue();
  }

  @Test
  void rfc9293_3_10_7_4_aResetInCloseWaitEndsTheConnection() {
    peer.accept(65535, ABSENT);
    peer.send(PORT, DATA, peer.iss + 1, FIN | ACK, 65535, "");
    peer.sent();
    peer.send(PORT, DATA + 1, 0, RST, 0, "");
    assertThat(peer.events).containsExactly("eof", "closed RESET");
  }
}

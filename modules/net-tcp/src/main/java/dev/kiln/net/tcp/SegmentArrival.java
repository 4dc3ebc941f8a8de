package dev.kiln.net.tcp;

import static dev.kiln.net.tcp.TcpView.ACK;
import static dev.kiln.net.tcp.TcpView.FIN;
import static dev.kiln.net.tcp.TcpView.RST;
import static dev.kiln.net.tcp.TcpView.SYN;

import dev.kiln.api.net.TcpConnection.CloseReason;

/**
 * What an arriving segment does to a connection (RFC 9293 3.10.7.3 and 3.10.7.4): the
 * handshake from SYN-SENT and SYN-RECEIVED (simultaneous open included), the acceptability
 * check, RST and SYN in synchronized states with RFC 5961's challenge ACKs, the acknowledgment
 * and the state changes it causes while closing, the segment text, and the FIN.
 */
final class SegmentArrival {
  private final TcpSocket socket;
  private final TcpLayer layer;
  private final SendPath send;
  private final ReceivePath receive;
  private final ConnectionTimers timers;

  SegmentArrival(TcpSocket socket, TcpLayer layer) {
    this.socket = socket;
    this.layer = layer;
    this.send = socket.send;
    this.receive = socket.receive;
    this.timers = socket.timers;
  }

  /** Takes the options and sequence numbers of the peer's SYN. */
  void takeSyn(TcpView syn) {
    receive.takeSyn(syn);
    send.takeSyn(syn, receive.scaleAgreed ? syn.windowScale() : 0);
  }

  void arrive(long now, TcpView segment) {
    if (socket.state() == TcpState.SYN_SENT) {
      synSent(now, segment);
    } else if (socket.state() != TcpState.CLOSED) {
      synchronizedOrSynReceived(now, segment);
    }
  }

  private void synSent(long now, TcpView segment) {
    int ack = segment.acknowledgment();
    boolean ackAcceptable = false;
    if (segment.has(ACK)) {
      if (Seq.le(ack, send.iss) || Seq.gt(ack, send.sndNxt)) {
        if (!segment.has(RST)) {
          resetWith(ack);
        }
        return;
      }
      ackAcceptable = true;
    }
    if (segment.has(RST)) {
      if (ackAcceptable) {
        socket.closeWith(CloseReason.REFUSED);
      }
      return;
    }
    if (!segment.has(SYN)) {
      return;
    }
    takeSyn(segment);
    timers.lastHeard = now;
    if (ackAcceptable) {
      send.sndUna = ack;
      send.synAcknowledged(now);
      socket.established();
      send.sndWl2 = ack;
      socket.notifyConnected = true;
      send.ackNow = true;
    } else {
      // Simultaneous open (RFC 9293 3.5, figure 7).
      socket.enter(TcpState.SYN_RECEIVED);
      send.sendSyn(true);
      timers.startRto(now);
    }
  }

  private void synchronizedOrSynReceived(long now, TcpView segment) {
    TcpState state = socket.state();
    int seq = segment.sequence();
    // Step 1: is the segment in the window?
    if (!receive.acceptable(seq, segment.sequenceLength())) {
      if (state == TcpState.SYN_RECEIVED && segment.has(SYN) && seq == receive.irs
          && !segment.has(ACK)) {
        send.sendSyn(true); // the peer did not see our SYN,ACK
      } else if (!segment.has(RST)) {
        send.ackNow = true;
        if (state == TcpState.TIME_WAIT && segment.has(FIN)) {
          timers.closeAfterTwoMsl(now); // a retransmitted FIN (RFC 9293 3.10.7.4)
        }
      }
      return;
    }
    timers.heard(now);
    // Step 2: RST, with RFC 5961 3.2: only an exact match resets; in-window gets a challenge.
    if (segment.has(RST)) {
      reset(seq);
      return;
    }
    // Step 4: SYN in a synchronized state, RFC 5961 4.2: challenge ACK.
    if (segment.has(SYN)) {
      if (state == TcpState.SYN_RECEIVED && socket.passive) {
        socket.closeWith(null);
        return;
      }
      challenge();
      return;
    }
    // Step 5: ACK.
    if (!segment.has(ACK)) {
      return;
    }
    int ack = segment.acknowledgment();
    if (state == TcpState.SYN_RECEIVED && !handshakeAcknowledged(now, segment, seq, ack)) {
      return;
    }
    if (!acknowledgment(now, segment, seq, ack)) {
      return;
    }
    if (socket.state() == TcpState.CLOSED) {
      return;
    }
    // Step 7: segment text.
    int payload = segment.payloadLength();
    boolean finCut = false;
    if (payload > 0) {
      if (socket.state().receivesData()) {
        finCut = receive.receiveData(segment, seq, payload);
      }
      send.ackNow = true;
    }
    // Step 8: FIN.
    if (segment.has(FIN) && !finCut) {
      fin(now, seq + payload);
    }
  }

  private void reset(int seq) {
    TcpState state = socket.state();
    if (seq != receive.rcvNxt) {
      challenge();
      return;
    }
    if (state == TcpState.SYN_RECEIVED && socket.passive) {
      socket.closeWith(null); // back to LISTEN: nothing to report
    } else if (state == TcpState.SYN_RECEIVED) {
      socket.closeWith(CloseReason.REFUSED); // from a simultaneous open
    } else if (state == TcpState.CLOSING || state == TcpState.LAST_ACK
        || state == TcpState.TIME_WAIT) {
      socket.closeWith(CloseReason.CLOSED);
    } else {
      socket.closeWith(CloseReason.RESET);
    }
  }

  private void challenge() {
    layer.countChallengeAck();
    send.ackNow = true;
  }

  /** SYN-RECEIVED: an ACK of our SYN completes the handshake; any other ACK gets a reset. */
  private boolean handshakeAcknowledged(long now, TcpView segment, int seq, int ack) {
    if (!(Seq.gt(ack, send.sndUna) && Seq.le(ack, send.sndNxt))) {
      resetWith(ack);
      return false;
    }
    send.synAcknowledged(now);
    socket.established();
    send.takeWindow(segment, seq, ack);
    if (socket.passive) {
      socket.notifyAccepted = true;
    } else {
      socket.notifyConnected = true;
    }
    return true;
  }

  /** Returns false when the segment is to be dropped. */
  private boolean acknowledgment(long now, TcpView segment, int seq, int ack) {
    if (!send.acceptableAck(ack)) {
      send.ackNow = true;
      return false;
    }
    send.acknowledgmentArrives(now, segment, seq, ack);
    switch (socket.state()) {
      case FIN_WAIT_1:
        if (send.finAcked()) {
          socket.enter(TcpState.FIN_WAIT_2);
          if (receive.discardInput) {
            timers.closeAfterTwoMsl(now);
          }
        }
        break;
      case CLOSING:
        if (send.finAcked()) {
          socket.enterTimeWait(now);
        }
        break;
      case LAST_ACK:
        if (send.finAcked()) {
          socket.closeWith(CloseReason.CLOSED);
          return false;
        }
        break;
      default:
        break;
    }
    return true;
  }

  private void fin(long now, int finSeq) {
    switch (socket.state()) {
      case CLOSE_WAIT:
      case CLOSING:
      case LAST_ACK:
        send.ackNow = true;
        return;
      case TIME_WAIT:
        send.ackNow = true;
        timers.closeAfterTwoMsl(now);
        return;
      default:
        break;
    }
    if (finSeq != receive.rcvNxt) {
      return; // data before it is missing; the peer sends the FIN again
    }
    receive.takeFin();
    send.ackNow = true;
    TcpState state = socket.state();
    if (state == TcpState.ESTABLISHED) {
      socket.enter(TcpState.CLOSE_WAIT);
    } else if (state == TcpState.FIN_WAIT_1) {
      if (send.finAcked()) {
        socket.enterTimeWait(now);
      } else {
        socket.enter(TcpState.CLOSING); // simultaneous close (RFC 9293 3.6, figure 13)
      }
    } else if (state == TcpState.FIN_WAIT_2) {
      socket.enterTimeWait(now);
    }
  }

  private void resetWith(int ack) {
    layer.sendReset(socket.localAddress, socket.remoteAddress, socket.localPort,
        socket.remotePort, ack, 0, false);
  }
}

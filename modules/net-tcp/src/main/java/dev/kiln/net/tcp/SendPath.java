package dev.kiln.net.tcp;

import static dev.kiln.net.tcp.TcpView.ABSENT;
import static dev.kiln.net.tcp.TcpView.ACK;
import static dev.kiln.net.tcp.TcpView.FIN;
import static dev.kiln.net.tcp.TcpView.PSH;
import static dev.kiln.net.tcp.TcpView.SYN;

/**
 * A connection's sending half: the send sequence space (RFC 9293 3.3.1), the bytes written and
 * not yet acknowledged, what the windows, congestion control (RFC 5681, RFC 6582) and Nagle's
 * algorithm allow out, retransmission of the first unacknowledged segment, round-trip timing for
 * RFC 6298 (Karn's rule), and building every segment the connection sends.
 */
final class SendPath {
  private final TcpSocket socket;
  private final TcpLayer layer;
  final SendBuffer buffer;
  final RtoEstimator rto;

  int iss;
  int sndUna;
  int sndNxt;
  /** The highest sequence number ever sent. */
  int sndMax;
  int sndWnd;
  int sndWl1;
  int sndWl2;
  int maxSndWnd;
  /** Sequence number of the send buffer's first byte. */
  int dataStart;

  int mss;
  /** The shift applied to windows the peer advertises (0 without scaling). */
  int sendShift;
  NewReno congestion;

  boolean finQueued;
  boolean noDelay;
  boolean wantWritable;
  /** An acknowledgment is owed; any segment sent carries it. */
  boolean ackNow;

  boolean rttTiming;
  int rttSeq;
  long rttStart;
  int retransmissions;

  SendPath(TcpSocket socket, TcpLayer layer, TcpConfig config) {
    this.socket = socket;
    this.layer = layer;
    this.buffer = new SendBuffer(config.sendBuffer());
    this.rto = new RtoEstimator(config.minRtoNanos(), config.maxRtoNanos());
  }

  /** Starts the sequence space at {@code iss}: the SYN takes it, data follows. */
  void start(int iss) {
    this.iss = iss;
    sndUna = iss;
    sndNxt = iss + 1;
    sndMax = sndNxt;
    dataStart = iss + 1;
  }

  /** Takes the peer's SYN: its MSS and window (never scaled in a SYN, RFC 7323 2.2). */
  void takeSyn(TcpView syn, int sendShift) {
    int peerMss = syn.mss() == ABSENT ? 536 : Math.max(syn.mss(), 64);
    mss = Math.min(peerMss, layer.maxSegmentSize());
    congestion = new NewReno(mss);
    this.sendShift = sendShift;
    sndWnd = syn.window();
    maxSndWnd = sndWnd;
    sndWl1 = syn.sequence();
    sndWl2 = syn.acknowledgment();
  }

  /** The handshake's SYN was acknowledged: a first round-trip sample unless it was resent. */
  void synAcknowledged(long now) {
    if (retransmissions == 0) {
      rto.sample(now - rttStart);
    }
  }

  /** Takes the window of an acknowledgment that completes a passive handshake. */
  void takeWindow(TcpView segment, int seq, int ack) {
    sndWnd = segment.window() << sendShift;
    maxSndWnd = Math.max(maxSndWnd, sndWnd);
    sndWl1 = seq;
    sndWl2 = ack;
  }

  /** RFC 5961 5.2: acceptable acknowledgments lie in [SND.UNA - MAX.SND.WND, SND.NXT]. */
  boolean acceptableAck(int ack) {
    return !(Seq.gt(ack, sndMax) || Seq.lt(ack, sndUna - maxSndWnd));
  }

  /**
   * The acknowledgment part of an arriving segment (RFC 9293 3.10.7.4, fifth step): the window
   * update, new data acknowledged, or a duplicate acknowledgment for fast retransmit.
   */
  void acknowledgmentArrives(long now, TcpView segment, int seq, int ack) {
    int window = segment.window() << sendShift;
    boolean duplicate = ack == sndUna && segment.payloadLength() == 0
        && !segment.has(SYN) && !segment.has(FIN) && window == sndWnd && sndMax != sndUna;
    if (Seq.le(sndUna, ack)
        && (Seq.lt(sndWl1, seq) || (sndWl1 == seq && Seq.le(sndWl2, ack)))) {
      sndWnd = window;
      sndWl1 = seq;
      sndWl2 = ack;
      maxSndWnd = Math.max(maxSndWnd, sndWnd);
      if (window == 0) {
        retransmissions = 0; // the peer is alive and answers our window probes
      }
    }
    if (Seq.gt(ack, sndUna)) {
      newAck(now, ack);
    } else if (duplicate) {
      if (congestion.onDuplicateAck(ack, sndMax - sndUna, sndMax)) {
        layer.countFastRetransmit();
        rttTiming = false;
        retransmitFirst();
      }
      // Otherwise output() may send new data: limited transmit or an inflated window.
    }
  }

  private void newAck(long now, int ack) {
    int acked = ack - sndUna;
    int dataAcked = Math.max(0, Math.min(ack - dataStart, buffer.length()));
    buffer.drop(dataAcked);
    dataStart += dataAcked;
    sndUna = ack;
    if (Seq.lt(sndNxt, sndUna)) {
      sndNxt = sndUna;
    }
    if (rttTiming && Seq.gt(ack, rttSeq)) {
      rttTiming = false;
      rto.sample(now - rttStart);
    }
    retransmissions = 0;
    if (congestion.onNewAck(acked, ack, sndMax - ack)) {
      retransmitFirst();
    }
    // RFC 6298 5.2 and 5.3.
    socket.timers.rtoDeadline = allAcknowledged() ? ConnectionTimers.NEVER : now + rto.rto();
    if (wantWritable && (buffer.free() >= buffer.capacity() / 2 || buffer.length() == 0)) {
      wantWritable = false;
      socket.notifyWritable = true;
    }
  }

  boolean allAcknowledged() {
    return sndMax == sndUna;
  }

  boolean finAcked() {
    return finQueued && sndUna == dataStart + buffer.length() + 1;
  }

  /** The retransmission timer expired with data out: collapse the window, go back to SND.UNA. */
  void timedOut() {
    congestion.onTimeout(sndMax - sndUna, sndMax);
    sndNxt = sndUna;
  }

  /** Sends what the windows, Nagle's algorithm and the buffer allow (RFC 9293 3.8.6, RFC 1122). */
  void output(long now, boolean force) {
    TcpState state = socket.state();
    if (!(state.sendsData() || state == TcpState.FIN_WAIT_1 || state == TcpState.CLOSING
        || state == TcpState.LAST_ACK)) {
      return;
    }
    ConnectionTimers timers = socket.timers;
    while (true) {
      int sent = sndNxt - dataStart;
      int unsent = buffer.length() - sent;
      if (unsent < 0) {
        return; // FIN is out
      }
      int flight = sndNxt - sndUna;
      int usable = Math.min(sndWnd, congestion.sendAllowance()) - flight;
      if (force && usable <= 0 && unsent > 0) {
        usable = 1; // window probe (RFC 9293 3.8.6.1)
      }
      int n = Math.max(0, Math.min(Math.min(unsent, mss), usable));
      boolean fin = finQueued && n == unsent;
      if (n == 0 && !fin) {
        if (unsent > 0 && flight == 0 && timers.rtoDeadline == ConnectionTimers.NEVER) {
          timers.rtoDeadline = now + rto.rto(); // persist timer: probe the closed window
        }
        return;
      }
      if (n < mss && !fin && !force) {
        boolean nagleAllows = (noDelay || flight == 0) && n == unsent;
        if (!nagleAllows && n < maxSndWnd / 2) {
          return;
        }
      }
      if (Seq.ge(sndNxt, sndMax) && !rttTiming) {
        rttTiming = true;
        rttSeq = sndNxt;
        rttStart = now;
      }
      transmit(sndNxt, n, ACK | (n > 0 && n == unsent ? PSH : 0) | (fin ? FIN : 0));
      if (Seq.lt(sndNxt, sndMax)) {
        layer.countRetransmittedSegment();
      }
      sndNxt += n + (fin ? 1 : 0);
      if (Seq.gt(sndNxt, sndMax)) {
        sndMax = sndNxt;
      }
      if (timers.rtoDeadline == ConnectionTimers.NEVER) {
        timers.rtoDeadline = now + rto.rto();
      }
      force = false;
      if (fin) {
        return;
      }
    }
  }

  /** Sends the first unacknowledged segment again (fast retransmit, partial acknowledgment). */
  void retransmitFirst() {
    int available = buffer.length() - (sndUna - dataStart);
    int n = Math.max(0, Math.min(mss, available));
    boolean fin = finQueued && n == available && Seq.gt(sndMax, dataStart + buffer.length());
    if (n > 0 || fin) {
      layer.countRetransmittedSegment();
      transmit(sndUna, n, ACK | (fin ? FIN : 0));
    }
  }

  /** Sends {@code length} bytes of the buffer from {@code seq} with the current ACK and window. */
  void transmit(int seq, int length, int flags) {
    ReceivePath receive = socket.receive;
    int window = receive.advertisedWindow();
    byte[] out = layer.scratch();
    int header = TcpView.MIN_HEADER_LENGTH;
    if (length > 0) {
      buffer.copy(seq - dataStart, out, TcpLayer.PAYLOAD_OFFSET, length);
    }
    TcpView.write(socket.localAddress, socket.remoteAddress, socket.localPort,
        socket.remotePort, seq, receive.rcvNxt, flags, window >> receive.shift, 0, ABSENT, ABSENT,
        false, out, TcpLayer.PAYLOAD_OFFSET - header, length);
    receive.lastAdvertised = window;
    ackNow = false;
    layer.send(socket.remoteAddress, out, TcpLayer.PAYLOAD_OFFSET - header, header + length);
  }

  void sendAck() {
    transmit(sndNxt, 0, ACK);
  }

  /** SYN or SYN,ACK with our options; the window in it is never scaled (RFC 7323 2.2). */
  void sendSyn(boolean withAck) {
    ReceivePath receive = socket.receive;
    byte[] out = layer.scratch();
    // A SYN always offers scaling; a SYN,ACK only answers an offer.
    int shift = !withAck || receive.scaleAgreed ? receive.shift : ABSENT;
    int header = TcpView.headerLength(layer.maxSegmentSize(), shift, false);
    int offset = TcpLayer.PAYLOAD_OFFSET - header;
    TcpView.write(socket.localAddress, socket.remoteAddress, socket.localPort,
        socket.remotePort, iss, withAck ? receive.rcvNxt : 0, SYN | (withAck ? ACK : 0),
        Math.min(receive.window(), 0xFFFF), 0, layer.maxSegmentSize(), shift, false, out, offset,
        0);
    layer.send(socket.remoteAddress, out, offset, header);
  }

  /** A reset at SND.NXT, for an abort or a connection given up. */
  void sendReset() {
    layer.sendReset(socket.localAddress, socket.remoteAddress, socket.localPort,
        socket.remotePort, sndNxt, 0, false);
  }
}

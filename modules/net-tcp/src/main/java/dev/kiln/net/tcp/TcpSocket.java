package dev.kiln.net.tcp;

import static dev.kiln.net.tcp.TcpView.ABSENT;
import static dev.kiln.net.tcp.TcpView.ACK;
import static dev.kiln.net.tcp.TcpView.FIN;
import static dev.kiln.net.tcp.TcpView.PSH;
import static dev.kiln.net.tcp.TcpView.RST;
import static dev.kiln.net.tcp.TcpView.SYN;

import dev.kiln.api.net.TcpConnection;

/**
 * One connection's state machine (RFC 9293 3.3.2, 3.10). The state is explicit ({@link
 * #state()}); the events are the methods {@link #openActive}, {@link #openPassive}, {@link
 * #segmentArrives}, {@link #timerExpires} and the user calls of {@link TcpConnection}. Each event
 * method takes the time as a parameter; the next deadline is {@link #pollAt()}, which the layer
 * schedules on the event loop. Segments go out through the layer's single scratch buffer.
 */
public final class TcpSocket implements TcpConnection {
  /** {@link #pollAt()} when no timer is wanted. */
  public static final long NEVER = Long.MAX_VALUE;

  private final TcpLayer layer;
  private final TcpConfig config;
  private final int localAddress;
  private final int localPort;
  private final int remoteAddress;
  private final int remotePort;
  private final SendBuffer sendBuffer;
  private final ReceiveBuffer receiveBuffer;
  private final RtoEstimator rto;

  private TcpState state = TcpState.CLOSED;
  private Handler handler;
  private TcpLayer.Listener listener;
  private boolean passive;

  // Send sequence space (RFC 9293 3.3.1), plus the highest sequence ever sent.
  private int iss;
  private int sndUna;
  private int sndNxt;
  private int sndMax;
  private int sndWnd;
  private int sndWl1;
  private int sndWl2;
  private int maxSndWnd;
  /** Sequence number of the send buffer's first byte. */
  private int dataStart;
  // Receive sequence space.
  private int irs;
  private int rcvNxt;
  private int lastAdvertised;

  private int mss;
  private int sendShift;
  private int receiveShift;
  private boolean scaleAgreed;
  private NewReno congestion;

  private boolean finQueued;
  private boolean finReceived;
  private boolean discardInput;
  private boolean noDelay;
  private boolean wantWritable;
  private boolean reported;
  private CloseReason closeReason;
  private boolean ackNow;

  private boolean rttTiming;
  private int rttSeq;
  private long rttStart;
  private int retransmissions;

  private long rtoDeadline = NEVER;
  private long closeDeadline = NEVER;
  private long keepIdle;
  private long keepInterval;
  private int keepProbes;
  private int probesSent;
  private long lastHeard;

  private boolean notifyAccepted;
  private boolean notifyConnected;
  private boolean notifyReadable;
  private boolean notifyWritable;

  TcpSocket(TcpLayer layer, TcpConfig config, int localAddress, int localPort,
      int remoteAddress, int remotePort) {
    this.layer = layer;
    this.config = config;
    this.localAddress = localAddress;
    this.localPort = localPort;
    this.remoteAddress = remoteAddress;
    this.remotePort = remotePort;
    this.sendBuffer = new SendBuffer(config.sendBuffer());
    this.receiveBuffer = new ReceiveBuffer(config.receiveBuffer());
    this.rto = new RtoEstimator(config.minRtoNanos(), config.maxRtoNanos());
    int shift = 0;
    while ((config.receiveBuffer() >> shift) > 0xFFFF) {
      shift++;
    }
    this.receiveShift = shift;
  }

  public TcpState state() {
    return state;
  }

  // ---------------------------------------------------------------- events: opening

  /** OPEN, active (RFC 9293 3.10.1): send SYN and enter SYN-SENT. */
  void openActive(long now, Handler handler, int iss) {
    this.handler = handler;
    this.iss = iss;
    sndUna = iss;
    sndNxt = iss + 1;
    sndMax = sndNxt;
    dataStart = iss + 1;
    lastHeard = now;
    state = TcpState.SYN_SENT;
    sendSyn(false);
    startRto(now);
  }

  /** A SYN reached a listener (RFC 9293 3.10.7.2): send SYN,ACK and enter SYN-RECEIVED. */
  void openPassive(long now, TcpView syn, TcpLayer.Listener listener, int iss) {
    this.listener = listener;
    this.passive = true;
    this.iss = iss;
    sndUna = iss;
    sndNxt = iss + 1;
    sndMax = sndNxt;
    dataStart = iss + 1;
    lastHeard = now;
    takeSynOptions(syn);
    state = TcpState.SYN_RECEIVED;
    sendSyn(true);
    startRto(now);
  }

  private void takeSynOptions(TcpView syn) {
    irs = syn.sequence();
    rcvNxt = irs + 1;
    int peerMss = syn.mss() == ABSENT ? 536 : Math.max(syn.mss(), 64);
    mss = Math.min(peerMss, layer.maxSegmentSize());
    congestion = new NewReno(mss);
    // RFC 7323 2.2: scaling only when both sides offer it.
    scaleAgreed = syn.windowScale() != ABSENT;
    sendShift = scaleAgreed ? syn.windowScale() : 0;
    if (!scaleAgreed) {
      receiveShift = 0;
    }
    // RFC 7323 2.2: the window of a SYN is never scaled.
    sndWnd = syn.window();
    maxSndWnd = sndWnd;
    sndWl1 = syn.sequence();
    sndWl2 = syn.acknowledgment();
  }

  // ---------------------------------------------------------------- events: segments

  /** SEGMENT ARRIVES (RFC 9293 3.10.7.3 and 3.10.7.4) for this connection. */
  void segmentArrives(long now, TcpView segment) {
    if (state == TcpState.SYN_SENT) {
      synSentArrival(now, segment);
    } else if (state != TcpState.CLOSED) {
      synchronizedArrival(now, segment);
    }
    // The application goes first: what it reads opens the window the ACK then carries, and
    // what it writes rides on that ACK.
    fireEvents();
    if (state != TcpState.CLOSED) {
      output(now, false);
      if (ackNow) {
        sendAck();
      }
    }
  }

  private void synSentArrival(long now, TcpView segment) {
    int ack = segment.acknowledgment();
    boolean ackAcceptable = false;
    if (segment.has(ACK)) {
      if (Seq.le(ack, iss) || Seq.gt(ack, sndNxt)) {
        if (!segment.has(RST)) {
          layer.sendReset(localAddress, remoteAddress, localPort, remotePort, ack, 0, false);
        }
        return;
      }
      ackAcceptable = true;
    }
    if (segment.has(RST)) {
      if (ackAcceptable) {
        closeWith(CloseReason.REFUSED);
      }
      return;
    }
    if (!segment.has(SYN)) {
      return;
    }
    takeSynOptions(segment);
    lastHeard = now;
    if (ackAcceptable) {
      sndUna = ack;
      if (retransmissions == 0) {
        rto.sample(now - rttStart);
      }
      established(now);
      sndWl2 = ack;
      notifyConnected = true;
      ackNow = true;
    } else {
      // Simultaneous open (RFC 9293 3.5, figure 7).
      state = TcpState.SYN_RECEIVED;
      sendSyn(true);
      startRto(now);
    }
  }

  private void synchronizedArrival(long now, TcpView segment) {
    int seq = segment.sequence();
    int length = segment.sequenceLength();
    int window = receiveWindow();
    // Step 1: is the segment in the window?
    boolean acceptable;
    if (window == 0) {
      acceptable = seq == rcvNxt;
    } else if (length == 0) {
      acceptable = Seq.inRange(seq, rcvNxt, rcvNxt + window);
    } else {
      acceptable = Seq.inRange(seq, rcvNxt, rcvNxt + window)
          || Seq.inRange(seq + length - 1, rcvNxt, rcvNxt + window);
    }
    if (!acceptable) {
      if (state == TcpState.SYN_RECEIVED && segment.has(SYN) && seq == irs
          && !segment.has(ACK)) {
        sendSyn(true); // the peer did not see our SYN,ACK
      } else if (!segment.has(RST)) {
        ackNow = true;
        if (state == TcpState.TIME_WAIT && segment.has(FIN)) {
          closeDeadline = now + 2 * config.mslNanos(); // a retransmitted FIN (RFC 9293 3.10.7.4)
        }
      }
      return;
    }
    lastHeard = now;
    probesSent = 0;
    // Step 2: RST, with RFC 5961 3.2: only an exact match resets; in-window gets a challenge.
    if (segment.has(RST)) {
      if (seq != rcvNxt) {
        layer.countChallengeAck();
        ackNow = true;
        return;
      }
      if (state == TcpState.SYN_RECEIVED && passive) {
        closeWith(null); // back to LISTEN: nothing to report
      } else if (state == TcpState.SYN_RECEIVED) {
        closeWith(CloseReason.REFUSED); // from a simultaneous open
      } else if (state == TcpState.CLOSING || state == TcpState.LAST_ACK
          || state == TcpState.TIME_WAIT) {
        closeWith(CloseReason.CLOSED);
      } else {
        closeWith(CloseReason.RESET);
      }
      return;
    }
    // Step 4: SYN in a synchronized state, RFC 5961 4.2: challenge ACK.
    if (segment.has(SYN)) {
      if (state == TcpState.SYN_RECEIVED && passive) {
        closeWith(null);
        return;
      }
      layer.countChallengeAck();
      ackNow = true;
      return;
    }
    // Step 5: ACK.
    if (!segment.has(ACK)) {
      return;
    }
    int ack = segment.acknowledgment();
    if (state == TcpState.SYN_RECEIVED) {
      if (Seq.gt(ack, sndUna) && Seq.le(ack, sndNxt)) {
        if (retransmissions == 0) {
          rto.sample(now - rttStart);
        }
        established(now);
        sndWnd = segment.window() << sendShift;
        maxSndWnd = Math.max(maxSndWnd, sndWnd);
        sndWl1 = seq;
        sndWl2 = ack;
        if (passive) {
          notifyAccepted = true;
        } else {
          notifyConnected = true;
        }
      } else {
        layer.sendReset(localAddress, remoteAddress, localPort, remotePort, ack, 0, false);
        return;
      }
    }
    if (!processAck(now, segment, seq, ack)) {
      return;
    }
    if (state == TcpState.CLOSED) {
      return;
    }
    // Step 7: segment text.
    int payload = segment.payloadLength();
    boolean finCut = false;
    if (payload > 0) {
      if (state.receivesData()) {
        finCut = receiveData(segment, seq, payload);
      }
      ackNow = true;
    }
    // Step 8: FIN.
    if (segment.has(FIN) && !finCut) {
      receiveFin(now, seq + payload);
    }
  }

  /** Returns false when the segment is to be dropped. */
  private boolean processAck(long now, TcpView segment, int seq, int ack) {
    // RFC 5961 5.2: acceptable acknowledgments lie in [SND.UNA - MAX.SND.WND, SND.NXT].
    if (Seq.gt(ack, sndMax) || Seq.lt(ack, sndUna - maxSndWnd)) {
      ackNow = true;
      return false;
    }
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
    switch (state) {
      case FIN_WAIT_1:
        if (finAcked()) {
          state = TcpState.FIN_WAIT_2;
          if (discardInput) {
            closeDeadline = now + 2 * config.mslNanos();
          }
        }
        break;
      case CLOSING:
        if (finAcked()) {
          enterTimeWait(now);
        }
        break;
      case LAST_ACK:
        if (finAcked()) {
          closeWith(CloseReason.CLOSED);
          return false;
        }
        break;
      default:
        break;
    }
    return true;
  }

  private void newAck(long now, int ack) {
    int acked = ack - sndUna;
    int dataAcked = Math.max(0, Math.min(ack - dataStart, sendBuffer.length()));
    sendBuffer.drop(dataAcked);
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
    rtoDeadline = sndMax == sndUna ? NEVER : now + rto.rto();
    if (wantWritable && (sendBuffer.free() >= sendBuffer.capacity() / 2
        || sendBuffer.length() == 0)) {
      wantWritable = false;
      notifyWritable = true;
    }
  }

  /** Returns true if a FIN the segment carried lies beyond the window and was cut off. */
  private boolean receiveData(TcpView segment, int seq, int payload) {
    int offset = segment.payloadOffset();
    int length = payload;
    if (Seq.lt(seq, rcvNxt)) {
      int skip = rcvNxt - seq;
      if (skip >= length) {
        return false;
      }
      offset += skip;
      length -= skip;
      seq = rcvNxt;
    }
    int room = rcvNxt + receiveWindow() - seq;
    boolean cut = false;
    if (length > room) {
      length = Math.max(room, 0);
      cut = true;
    }
    if (length == 0) {
      return cut;
    }
    if (discardInput) {
      if (seq == rcvNxt) {
        rcvNxt += length;
      }
      return cut;
    }
    int advance = receiveBuffer.receive(rcvNxt, seq, segment.buffer(), offset, length);
    if (advance > 0) {
      rcvNxt += advance;
      notifyReadable = true;
    }
    return cut;
  }

  private void receiveFin(long now, int finSeq) {
    switch (state) {
      case CLOSE_WAIT:
      case CLOSING:
      case LAST_ACK:
        ackNow = true;
        return;
      case TIME_WAIT:
        ackNow = true;
        closeDeadline = now + 2 * config.mslNanos();
        return;
      default:
        break;
    }
    if (finSeq != rcvNxt) {
      return; // data before it is missing; the peer sends the FIN again
    }
    rcvNxt++;
    finReceived = true;
    notifyReadable = true;
    ackNow = true;
    if (state == TcpState.ESTABLISHED) {
      state = TcpState.CLOSE_WAIT;
    } else if (state == TcpState.FIN_WAIT_1) {
      if (finAcked()) {
        enterTimeWait(now);
      } else {
        state = TcpState.CLOSING; // simultaneous close (RFC 9293 3.6, figure 13)
      }
    } else if (state == TcpState.FIN_WAIT_2) {
      enterTimeWait(now);
    }
  }

  private void established(long now) {
    state = finQueued ? TcpState.FIN_WAIT_1 : TcpState.ESTABLISHED;
    rtoDeadline = NEVER;
    retransmissions = 0;
    if (listener != null) {
      listener.halfOpen--;
    }
  }

  private void enterTimeWait(long now) {
    state = TcpState.TIME_WAIT;
    rtoDeadline = NEVER;
    closeDeadline = now + 2 * config.mslNanos();
    report(CloseReason.CLOSED);
  }

  // ---------------------------------------------------------------- events: time

  /** The earliest time {@link #timerExpires} has work, or {@link #NEVER}. */
  public long pollAt() {
    long at = Math.min(rtoDeadline, closeDeadline);
    if (keepIdle > 0 && (state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT)
        && sndMax == sndUna) {
      at = Math.min(at, lastHeard + keepIdle + probesSent * keepInterval);
    }
    return at;
  }

  /** Runs whatever timers are due at {@code now}: retransmission, TIME-WAIT, keepalive. */
  void timerExpires(long now) {
    if (state == TcpState.CLOSED) {
      return;
    }
    if (now >= closeDeadline) {
      closeDeadline = NEVER;
      if (state != TcpState.TIME_WAIT) {
        layer.sendReset(localAddress, remoteAddress, localPort, remotePort, sndNxt, 0, false);
      }
      closeWith(CloseReason.CLOSED);
      return;
    }
    if (now >= rtoDeadline) {
      retransmitTimeout(now);
    }
    if (state != TcpState.CLOSED && keepIdle > 0 && sndMax == sndUna
        && (state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT)
        && now >= lastHeard + keepIdle + probesSent * keepInterval) {
      if (probesSent >= keepProbes) {
        layer.sendReset(localAddress, remoteAddress, localPort, remotePort, sndNxt, 0, false);
        closeWith(CloseReason.TIMED_OUT);
      } else {
        // RFC 1122 4.2.3.6: an ACK with a sequence number the peer has seen already.
        probesSent++;
        transmit(sndUna - 1, 0, ACK);
      }
    }
    fireEvents();
  }

  private void retransmitTimeout(long now) {
    rtoDeadline = NEVER;
    boolean probing = state.isSynchronized() && sndWnd == 0;
    if (!probing && ++retransmissions > config.maxRetransmissions()) {
      layer.sendReset(localAddress, remoteAddress, localPort, remotePort, sndNxt, 0, false);
      closeWith(CloseReason.TIMED_OUT);
      return;
    }
    rto.backoff();
    rttTiming = false;
    layer.countTimeout();
    if (state == TcpState.SYN_SENT) {
      sendSyn(false);
      startRto(now);
      return;
    }
    if (state == TcpState.SYN_RECEIVED) {
      sendSyn(true);
      startRto(now);
      return;
    }
    congestion.onTimeout(sndMax - sndUna, sndMax);
    sndNxt = sndUna;
    output(now, true);
    if (rtoDeadline == NEVER && sndMax != sndUna) {
      startRto(now);
    }
  }

  private void startRto(long now) {
    rtoDeadline = now + rto.rto();
    if (!state.isSynchronized()) {
      rttStart = now;
    }
  }

  // ---------------------------------------------------------------- output

  /** Sends what the windows, Nagle's algorithm and the buffer allow (RFC 9293 3.8.6, RFC 1122). */
  private void output(long now, boolean force) {
    if (!(state.sendsData() || state == TcpState.FIN_WAIT_1 || state == TcpState.CLOSING
        || state == TcpState.LAST_ACK)) {
      return;
    }
    while (true) {
      int sent = sndNxt - dataStart;
      int unsent = sendBuffer.length() - sent;
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
        if (unsent > 0 && flight == 0 && rtoDeadline == NEVER) {
          rtoDeadline = now + rto.rto(); // persist timer: probe the closed window
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
      if (rtoDeadline == NEVER) {
        rtoDeadline = now + rto.rto();
      }
      force = false;
      if (fin) {
        return;
      }
    }
  }

  /** Sends the first unacknowledged segment again (fast retransmit, partial acknowledgment). */
  private void retransmitFirst() {
    int available = sendBuffer.length() - (sndUna - dataStart);
    int n = Math.max(0, Math.min(mss, available));
    boolean fin = finQueued && n == available && Seq.gt(sndMax, dataStart + sendBuffer.length());
    if (n > 0 || fin) {
      layer.countRetransmittedSegment();
      transmit(sndUna, n, ACK | (fin ? FIN : 0));
    }
  }

  private void transmit(int seq, int length, int flags) {
    int window = advertisedWindow();
    byte[] out = layer.scratch();
    int header = TcpView.MIN_HEADER_LENGTH;
    if (length > 0) {
      sendBuffer.copy(seq - dataStart, out, TcpLayer.PAYLOAD_OFFSET, length);
    }
    TcpView.write(localAddress, remoteAddress, localPort, remotePort, seq, rcvNxt, flags,
        window >> receiveShift, 0, ABSENT, ABSENT, false, out, TcpLayer.PAYLOAD_OFFSET - header,
        length);
    lastAdvertised = window;
    ackNow = false;
    layer.send(remoteAddress, out, TcpLayer.PAYLOAD_OFFSET - header, header + length);
  }

  private void sendAck() {
    transmit(sndNxt, 0, ACK);
  }

  /** SYN or SYN,ACK with our options; the window in it is never scaled (RFC 7323 2.2). */
  private void sendSyn(boolean withAck) {
    byte[] out = layer.scratch();
    // A SYN always offers scaling; a SYN,ACK only answers an offer.
    int shift = !withAck || scaleAgreed ? receiveShift : ABSENT;
    int header = TcpView.headerLength(layer.maxSegmentSize(), shift, false);
    int offset = TcpLayer.PAYLOAD_OFFSET - header;
    TcpView.write(localAddress, remoteAddress, localPort, remotePort, iss,
        withAck ? rcvNxt : 0, SYN | (withAck ? ACK : 0), Math.min(receiveWindow(), 0xFFFF), 0,
        layer.maxSegmentSize(), shift, false, out, offset, 0);
    layer.send(remoteAddress, out, offset, header);
  }

  private int receiveWindow() {
    return discardInput ? receiveBuffer.capacity() : receiveBuffer.free();
  }

  private int advertisedWindow() {
    int window = receiveWindow();
    return Math.min(window, 0xFFFF << receiveShift) >> receiveShift << receiveShift;
  }

  private boolean finAcked() {
    return finQueued && sndUna == dataStart + sendBuffer.length() + 1;
  }

  // ---------------------------------------------------------------- teardown and events

  private void closeWith(CloseReason reason) {
    if (state == TcpState.CLOSED) {
      return;
    }
    if (state == TcpState.SYN_RECEIVED && listener != null) {
      listener.halfOpen--;
    }
    state = TcpState.CLOSED;
    rtoDeadline = NEVER;
    closeDeadline = NEVER;
    layer.release(this);
    if (reason != null) {
      report(reason);
    }
  }

  /** Records why the connection ended; {@link #fireEvents} tells the handler last. */
  private void report(CloseReason reason) {
    if (closeReason == null) {
      closeReason = reason;
    }
  }

  private void fireEvents() {
    if (notifyAccepted) {
      notifyAccepted = false;
      TcpLayer.Listener from = listener;
      listener = null;
      Handler accepted = from.handler.accept(this);
      handler = accepted != null ? accepted : new Handler() {};
    }
    if (handler == null || reported) {
      return;
    }
    if (notifyConnected) {
      notifyConnected = false;
      handler.onConnected(this);
    }
    if (notifyReadable && !reported) {
      notifyReadable = false;
      handler.onReadable(this);
    }
    if (notifyWritable && !reported && closeReason == null) {
      notifyWritable = false;
      handler.onWritable(this);
    }
    if (closeReason != null && !reported) {
      reported = true;
      handler.onClosed(this, closeReason);
    }
  }

  // ---------------------------------------------------------------- TcpConnection

  @Override
  public int localPort() {
    return localPort;
  }

  @Override
  public int remoteAddress() {
    return remoteAddress;
  }

  @Override
  public int remotePort() {
    return remotePort;
  }

  @Override
  public int write(byte[] buffer, int off, int len) {
    if (off < 0 || len < 0 || off + len > buffer.length) {
      throw new IndexOutOfBoundsException("write of " + len + " at " + off);
    }
    if (finQueued || !(state.sendsData() || state == TcpState.SYN_SENT
        || state == TcpState.SYN_RECEIVED)) {
      return -1;
    }
    int n = sendBuffer.write(buffer, off, len);
    if (n < len) {
      wantWritable = true;
    }
    long now = layer.now();
    output(now, false);
    layer.reschedule(this);
    return n;
  }

  @Override
  public int writableBytes() {
    return finQueued || state == TcpState.CLOSED ? 0 : sendBuffer.free();
  }

  @Override
  public int read(byte[] buffer, int off, int len) {
    if (off < 0 || len < 0 || off + len > buffer.length) {
      throw new IndexOutOfBoundsException("read of " + len + " at " + off);
    }
    int n = receiveBuffer.read(buffer, off, len);
    if (n == 0 && len > 0 && (finReceived || state == TcpState.CLOSED)) {
      return -1;
    }
    // Window update once it opened by a useful amount (receiver SWS avoidance, RFC 1122
    // 4.2.3.3).
    if (n > 0 && !ackNow && state.isSynchronized() && state != TcpState.TIME_WAIT
        && advertisedWindow() - lastAdvertised
            >= Math.min(receiveBuffer.capacity() / 2, 2 * mss)) {
      sendAck();
    }
    return n;
  }

  @Override
  public int readableBytes() {
    return receiveBuffer.readable();
  }

  @Override
  public void shutdownOutput() {
    if (finQueued || state == TcpState.CLOSED) {
      return;
    }
    finQueued = true;
    if (state == TcpState.ESTABLISHED) {
      state = TcpState.FIN_WAIT_1;
    } else if (state == TcpState.CLOSE_WAIT) {
      state = TcpState.LAST_ACK;
    }
    output(layer.now(), false);
    layer.reschedule(this);
  }

  @Override
  public void close() {
    if (state == TcpState.CLOSED) {
      return;
    }
    if (state == TcpState.SYN_SENT) {
      closeWith(CloseReason.CLOSED);
      fireEvents();
      return;
    }
    discardInput = true;
    receiveBuffer.clear();
    shutdownOutput();
    if (state == TcpState.FIN_WAIT_2) {
      closeDeadline = layer.now() + 2 * config.mslNanos();
      layer.reschedule(this);
    }
    fireEvents();
  }

  @Override
  public void abort() {
    if (state == TcpState.CLOSED) {
      return;
    }
    if (state != TcpState.SYN_SENT && state != TcpState.TIME_WAIT) {
      layer.sendReset(localAddress, remoteAddress, localPort, remotePort, sndNxt, 0, false);
    }
    sendBuffer.clear();
    receiveBuffer.clear();
    closeWith(CloseReason.ABORTED);
    fireEvents();
  }

  @Override
  public void setNoDelay(boolean noDelay) {
    this.noDelay = noDelay;
    if (noDelay && state != TcpState.CLOSED) {
      output(layer.now(), false);
      layer.reschedule(this);
    }
  }

  @Override
  public void setKeepAlive(long idleNanos, long intervalNanos, int probes) {
    if (idleNanos < 0 || intervalNanos <= 0 && idleNanos > 0 || probes < 0) {
      throw new IllegalArgumentException("bad keepalive settings");
    }
    keepIdle = idleNanos;
    keepInterval = intervalNanos;
    keepProbes = probes;
    probesSent = 0;
    lastHeard = layer.now();
    layer.reschedule(this);
  }

  // ---------------------------------------------------------------- for the layer and tests

  boolean matches(int remoteAddress, int remotePort, int localPort) {
    return this.remoteAddress == remoteAddress && this.remotePort == remotePort
        && this.localPort == localPort;
  }

  /** The effective send MSS. */
  public int mss() {
    return mss;
  }

  /** The shift applied to windows the peer advertises (0 without scaling). */
  public int sendShift() {
    return sendShift;
  }

  public int receiveShift() {
    return receiveShift;
  }

  public long rtoNanos() {
    return rto.rto();
  }

  public long srttNanos() {
    return rto.srtt();
  }

  public int congestionWindow() {
    return congestion == null ? 0 : congestion.cwnd();
  }

  public int slowStartThreshold() {
    return congestion == null ? 0 : congestion.ssthresh();
  }

  public boolean inFastRecovery() {
    return congestion != null && congestion.recovering();
  }

  public int sendWindow() {
    return sndWnd;
  }

  public int outOfOrderRanges() {
    return receiveBuffer.outOfOrderRanges();
  }

  @Override
  public String toString() {
    return "TcpSocket[" + localPort + " -> " + dev.kiln.api.net.Ipv4Address.format(remoteAddress)
        + ":" + remotePort + " " + state + "]";
  }
}

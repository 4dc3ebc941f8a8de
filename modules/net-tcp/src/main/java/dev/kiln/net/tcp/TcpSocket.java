package dev.kiln.net.tcp;

import dev.kiln.api.net.TcpConnection;

/**
 * One connection (RFC 9293 3.3.2, 3.10): its identity, its explicit {@link #state()}, the user
 * calls of {@link TcpConnection}, and the handler notifications. The events are {@link
 * #openActive}, {@link #openPassive}, {@link #segmentArrives} and {@link #timerExpires}; each
 * takes the time as a parameter, and the next deadline is {@link #pollAt()}, which the layer
 * schedules on the event loop. The work is split by responsibility:
 *
 * <ul>
 *   <li>{@link SegmentArrival}: the handshake and every state change an arriving segment causes;
 *   <li>{@link SendPath}: send sequence space, output, retransmission, congestion control;
 *   <li>{@link ReceivePath}: receive sequence space, reassembly, the advertised window;
 *   <li>{@link ConnectionTimers}: retransmission, 2 MSL and keepalive deadlines.
 * </ul>
 */
public final class TcpSocket implements TcpConnection {
  /** {@link #pollAt()} when no timer is wanted. */
  public static final long NEVER = ConnectionTimers.NEVER;

  private final TcpLayer layer;
  final int localAddress;
  final int localPort;
  final int remoteAddress;
  final int remotePort;
  final SendPath send;
  final ReceivePath receive;
  final ConnectionTimers timers;
  private final SegmentArrival arrival;

  private TcpState state = TcpState.CLOSED;
  private Handler handler;
  private TcpLayer.Listener listener;
  /** Opened by a listener, not by connect(). */
  boolean passive;
  private boolean reported;
  private CloseReason closeReason;

  boolean notifyAccepted;
  boolean notifyConnected;
  boolean notifyReadable;
  boolean notifyWritable;

  TcpSocket(TcpLayer layer, TcpConfig config, int localAddress, int localPort,
      int remoteAddress, int remotePort) {
    this.layer = layer;
    this.localAddress = localAddress;
    this.localPort = localPort;
    this.remoteAddress = remoteAddress;
    this.remotePort = remotePort;
    this.send = new SendPath(this, layer, config);
    this.receive = new ReceivePath(this, config);
    this.timers = new ConnectionTimers(this, layer, config);
    this.arrival = new SegmentArrival(this, layer);
  }

  public TcpState state() {
    return state;
  }

  // ---------------------------------------------------------------- events

  /** OPEN, active (RFC 9293 3.10.1): send SYN and enter SYN-SENT. */
  void openActive(long now, Handler handler, int iss) {
    this.handler = handler;
    send.start(iss);
    timers.lastHeard = now;
    state = TcpState.SYN_SENT;
    send.sendSyn(false);
    timers.startRto(now);
  }

  /** A SYN reached a listener (RFC 9293 3.10.7.2): send SYN,ACK and enter SYN-RECEIVED. */
  void openPassive(long now, TcpView syn, TcpLayer.Listener listener, int iss) {
    this.listener = listener;
    this.passive = true;
    send.start(iss);
    timers.lastHeard = now;
    arrival.takeSyn(syn);
    state = TcpState.SYN_RECEIVED;
    send.sendSyn(true);
    timers.startRto(now);
  }

  /** SEGMENT ARRIVES (RFC 9293 3.10.7.3 and 3.10.7.4) for this connection. */
  void segmentArrives(long now, TcpView segment) {
    arrival.arrive(now, segment);
    // The application goes first: what it reads opens the window the ACK then carries, and
    // what it writes rides on that ACK.
    fireEvents();
    if (state != TcpState.CLOSED) {
      send.output(now, false);
      if (send.ackNow) {
        send.sendAck();
      }
    }
  }

  /** The earliest time {@link #timerExpires} has work, or {@link #NEVER}. */
  public long pollAt() {
    return timers.pollAt();
  }

  /** Runs whatever timers are due at {@code now}: retransmission, TIME-WAIT, keepalive. */
  void timerExpires(long now) {
    if (state == TcpState.CLOSED) {
      return;
    }
    timers.expire(now);
    fireEvents();
  }

  // ---------------------------------------------------------------- state changes

  void enter(TcpState next) {
    state = next;
  }

  /** The handshake completed. */
  void established() {
    state = send.finQueued ? TcpState.FIN_WAIT_1 : TcpState.ESTABLISHED;
    timers.rtoDeadline = NEVER;
    send.retransmissions = 0;
    if (listener != null) {
      listener.halfOpen--;
    }
  }

  void enterTimeWait(long now) {
    state = TcpState.TIME_WAIT;
    timers.rtoDeadline = NEVER;
    timers.closeAfterTwoMsl(now);
    report(CloseReason.CLOSED);
  }

  /** Ends the connection; {@code reason} is what the handler hears, null for nothing. */
  void closeWith(CloseReason reason) {
    if (state == TcpState.CLOSED) {
      return;
    }
    if (state == TcpState.SYN_RECEIVED && listener != null) {
      listener.halfOpen--;
    }
    state = TcpState.CLOSED;
    timers.stopAll();
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
    if (send.finQueued || !(state.sendsData() || state == TcpState.SYN_SENT
        || state == TcpState.SYN_RECEIVED)) {
      return -1;
    }
    int n = send.buffer.write(buffer, off, len);
    if (n < len) {
      send.wantWritable = true;
    }
    send.output(layer.now(), false);
    layer.reschedule(this);
    return n;
  }

  @Override
  public int writableBytes() {
    return send.finQueued || state == TcpState.CLOSED ? 0 : send.buffer.free();
  }

  @Override
  public int read(byte[] buffer, int off, int len) {
    if (off < 0 || len < 0 || off + len > buffer.length) {
      throw new IndexOutOfBoundsException("read of " + len + " at " + off);
    }
    int n = receive.buffer.read(buffer, off, len);
    if (n == 0 && len > 0 && (receive.finReceived || state == TcpState.CLOSED)) {
      return -1;
    }
    if (n > 0 && !send.ackNow && state.isSynchronized() && state != TcpState.TIME_WAIT
        && receive.windowOpenedEnough(send.mss)) {
      send.sendAck();
    }
    return n;
  }

  @Override
  public int readableBytes() {
    return receive.buffer.readable();
  }

  @Override
  public void shutdownOutput() {
    if (send.finQueued || state == TcpState.CLOSED) {
      return;
    }
    send.finQueued = true;
    if (state == TcpState.ESTABLISHED) {
      state = TcpState.FIN_WAIT_1;
    } else if (state == TcpState.CLOSE_WAIT) {
      state = TcpState.LAST_ACK;
    }
    send.output(layer.now(), false);
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
    receive.discard();
    shutdownOutput();
    if (state == TcpState.FIN_WAIT_2) {
      timers.closeAfterTwoMsl(layer.now());
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
      send.sendReset();
    }
    send.buffer.clear();
    receive.buffer.clear();
    closeWith(CloseReason.ABORTED);
    fireEvents();
  }

  @Override
  public void setNoDelay(boolean noDelay) {
    send.noDelay = noDelay;
    if (noDelay && state != TcpState.CLOSED) {
      send.output(layer.now(), false);
      layer.reschedule(this);
    }
  }

  @Override
  public void setKeepAlive(long idleNanos, long intervalNanos, int probes) {
    if (idleNanos < 0 || intervalNanos <= 0 && idleNanos > 0 || probes < 0) {
      throw new IllegalArgumentException("bad keepalive settings");
    }
    timers.setKeepAlive(layer.now(), idleNanos, intervalNanos, probes);
    layer.reschedule(this);
  }

  // ---------------------------------------------------------------- for the layer and tests

  boolean matches(int remoteAddress, int remotePort, int localPort) {
    return this.remoteAddress == remoteAddress && this.remotePort == remotePort
        && this.localPort == localPort;
  }

  /** The effective send MSS. */
  public int mss() {
    return send.mss;
  }

  /** The shift applied to windows the peer advertises (0 without scaling). */
  public int sendShift() {
    return send.sendShift;
  }

  public int receiveShift() {
    return receive.shift;
  }

  public long rtoNanos() {
    return send.rto.rto();
  }

  public long srttNanos() {
    return send.rto.srtt();
  }

  public int congestionWindow() {
    return send.congestion == null ? 0 : send.congestion.cwnd();
  }

  public int slowStartThreshold() {
    return send.congestion == null ? 0 : send.congestion.ssthresh();
  }

  public boolean inFastRecovery() {
    return send.congestion != null && send.congestion.recovering();
  }

  public int sendWindow() {
    return send.sndWnd;
  }

  public int outOfOrderRanges() {
    return receive.buffer.outOfOrderRanges();
  }

  @Override
  public String toString() {
    return "TcpSocket[" + localPort + " -> " + dev.kiln.api.net.Ipv4Address.format(remoteAddress)
        + ":" + remotePort + " " + state + "]";
  }
}

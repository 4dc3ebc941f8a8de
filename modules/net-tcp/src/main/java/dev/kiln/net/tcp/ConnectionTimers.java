package dev.kiln.net.tcp;

import static dev.kiln.net.tcp.TcpView.ACK;

import dev.kiln.api.net.TcpConnection.CloseReason;

/**
 * A connection's deadlines: retransmission and persist (RFC 6298, RFC 9293 3.8.6.1), the end of
 * TIME-WAIT or of an orphaned FIN-WAIT-2 (2 MSL), and keepalive (RFC 1122 4.2.3.6). {@link
 * #pollAt} is the earliest; {@link #expire} runs what is due.
 */
final class ConnectionTimers {
  /** {@link #pollAt} when no timer is wanted. */
  static final long NEVER = Long.MAX_VALUE;

  private final TcpSocket socket;
  private final TcpLayer layer;
  private final TcpConfig config;

  long rtoDeadline = NEVER;
  long closeDeadline = NEVER;
  private long keepIdle;
  private long keepInterval;
  private int keepProbes;
  int probesSent;
  long lastHeard;

  ConnectionTimers(TcpSocket socket, TcpLayer layer, TcpConfig config) {
    this.socket = socket;
    this.layer = layer;
    this.config = config;
  }

  /** Something acceptable arrived from the peer: keepalive starts over. */
  void heard(long now) {
    lastHeard = now;
    probesSent = 0;
  }

  /** Ends the connection 2 MSL from now (TIME-WAIT, or FIN-WAIT-2 after close()). */
  void closeAfterTwoMsl(long now) {
    closeDeadline = now + 2 * config.mslNanos();
  }

  void stopAll() {
    rtoDeadline = NEVER;
    closeDeadline = NEVER;
  }

  /** Arms the retransmission timer; before the handshake completes, it also times the SYN. */
  void startRto(long now) {
    rtoDeadline = now + socket.send.rto.rto();
    if (!socket.state().isSynchronized()) {
      socket.send.rttStart = now;
    }
  }

  void setKeepAlive(long now, long idleNanos, long intervalNanos, int probes) {
    keepIdle = idleNanos;
    keepInterval = intervalNanos;
    keepProbes = probes;
    probesSent = 0;
    lastHeard = now;
  }

  /** The earliest time {@link #expire} has work, or {@link #NEVER}. */
  long pollAt() {
    long at = Math.min(rtoDeadline, closeDeadline);
    if (keepaliveApplies()) {
      at = Math.min(at, nextProbe());
    }
    return at;
  }

  private boolean keepaliveApplies() {
    TcpState state = socket.state();
    return keepIdle > 0 && (state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT)
        && socket.send.allAcknowledged();
  }

  private long nextProbe() {
    return lastHeard + keepIdle + probesSent * keepInterval;
  }

  /** Runs whatever timers are due at {@code now}: retransmission, TIME-WAIT, keepalive. */
  void expire(long now) {
    SendPath send = socket.send;
    if (now >= closeDeadline) {
      closeDeadline = NEVER;
      if (socket.state() != TcpState.TIME_WAIT) {
        send.sendReset();
      }
      socket.closeWith(CloseReason.CLOSED);
      return;
    }
    if (now >= rtoDeadline) {
      retransmissionTimeout(now);
    }
    if (socket.state() != TcpState.CLOSED && keepaliveApplies() && now >= nextProbe()) {
      if (probesSent >= keepProbes) {
        send.sendReset();
        socket.closeWith(CloseReason.TIMED_OUT);
      } else {
        // RFC 1122 4.2.3.6: an ACK with a sequence number the peer has seen already.
        probesSent++;
        send.transmit(send.sndUna - 1, 0, ACK);
      }
    }
  }

  private void retransmissionTimeout(long now) {
    SendPath send = socket.send;
    TcpState state = socket.state();
    rtoDeadline = NEVER;
    boolean probing = state.isSynchronized() && send.sndWnd == 0;
    if (!probing && ++send.retransmissions > config.maxRetransmissions()) {
      send.sendReset();
      socket.closeWith(CloseReason.TIMED_OUT);
      return;
    }
    send.rto.backoff();
    send.rttTiming = false;
    layer.countTimeout();
    if (state == TcpState.SYN_SENT) {
      send.sendSyn(false);
      startRto(now);
      return;
    }
    if (state == TcpState.SYN_RECEIVED) {
      send.sendSyn(true);
      startRto(now);
      return;
    }
    send.timedOut();
    send.output(now, true);
    if (rtoDeadline == NEVER && !send.allAcknowledged()) {
      startRto(now);
    }
  }
}

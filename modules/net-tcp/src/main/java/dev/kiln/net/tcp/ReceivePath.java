package dev.kiln.net.tcp;

/**
 * A connection's receiving half: the receive sequence space (RFC 9293 3.3.1), segment
 * acceptability (RFC 9293 3.10.7.4, first step), trimming a segment's text to the window and
 * storing it in order or out of order in the receive ring, and the window this side advertises
 * (RFC 7323 scaling, receiver silly window avoidance of RFC 1122 4.2.3.3).
 */
final class ReceivePath {
  private final TcpSocket socket;
  final ReceiveBuffer buffer;

  int irs;
  int rcvNxt;
  /** The window the last segment sent carried, unscaled. */
  int lastAdvertised;
  /** The shift applied to the windows this side advertises. */
  int shift;
  /** Both sides offered window scaling (RFC 7323 2.2). */
  boolean scaleAgreed;
  /** After close(): data is acknowledged and thrown away. */
  boolean discardInput;
  boolean finReceived;

  ReceivePath(TcpSocket socket, TcpConfig config) {
    this.socket = socket;
    this.buffer = new ReceiveBuffer(config.receiveBuffer());
    int shift = 0;
    while ((config.receiveBuffer() >> shift) > 0xFFFF) {
      shift++;
    }
    this.shift = shift;
  }

  /** Takes the peer's SYN: its initial sequence number and whether it offered scaling. */
  void takeSyn(TcpView syn) {
    irs = syn.sequence();
    rcvNxt = irs + 1;
    scaleAgreed = syn.windowScale() != TcpView.ABSENT;
    if (!scaleAgreed) {
      shift = 0;
    }
  }

  /** Whether a segment of {@code length} in sequence space at {@code seq} is in the window. */
  boolean acceptable(int seq, int length) {
    int window = window();
    if (window == 0) {
      return seq == rcvNxt;
    } else if (length == 0) {
      return Seq.inRange(seq, rcvNxt, rcvNxt + window);
    } else {
      return Seq.inRange(seq, rcvNxt, rcvNxt + window)
          || Seq.inRange(seq + length - 1, rcvNxt, rcvNxt + window);
    }
  }

  /**
   * Stores the segment's text, trimmed to the window. Returns true if a FIN the segment carried
   * lies beyond the window and was cut off.
   */
  boolean receiveData(TcpView segment, int seq, int payload) {
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
    int room = rcvNxt + window() - seq;
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
    int advance = buffer.receive(rcvNxt, seq, segment.buffer(), offset, length);
    if (advance > 0) {
      rcvNxt += advance;
      socket.notifyReadable = true;
    }
    return cut;
  }

  /** The FIN at RCV.NXT arrived: it takes one sequence number and ends the input. */
  void takeFin() {
    rcvNxt++;
    finReceived = true;
    socket.notifyReadable = true;
  }

  int window() {
    return discardInput ? buffer.capacity() : buffer.free();
  }

  /** The window rounded down to what the scaled 16-bit field can carry. */
  int advertisedWindow() {
    int window = window();
    return Math.min(window, 0xFFFF << shift) >> shift << shift;
  }

  /**
   * Whether reading opened the window by a useful amount since it was last advertised, so a
   * window update is worth a segment (receiver SWS avoidance, RFC 1122 4.2.3.3).
   */
  boolean windowOpenedEnough(int mss) {
    return advertisedWindow() - lastAdvertised >= Math.min(buffer.capacity() / 2, 2 * mss);
  }

  /** The application closed: drop what waits, and acknowledge and discard what comes. */
  void discard() {
    discardInput = true;
    buffer.clear();
  }
}

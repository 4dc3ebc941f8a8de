package dev.kiln.net.tcp;

/**
 * A TCP header as a value: ports, sequence and acknowledgment numbers, control bits, window,
 * urgent pointer and the options Kiln understands ({@link TcpView#ABSENT} when left out).
 */
public record TcpHeader(int sourcePort, int destinationPort, int sequence, int acknowledgment,
    int flags, int window, int urgentPointer, int mss, int windowScale, boolean sackPermitted) {
  public TcpHeader {
    if (sourcePort < 0 || sourcePort > 0xFFFF || destinationPort < 0
        || destinationPort > 0xFFFF) {
      throw new IllegalArgumentException("port out of 0..65535");
    }
    if ((flags & ~0x3F) != 0) {
      throw new IllegalArgumentException("flags beyond the six control bits: " + flags);
    }
    if (window < 0 || window > 0xFFFF || urgentPointer < 0 || urgentPointer > 0xFFFF) {
      throw new IllegalArgumentException("window or urgent pointer out of 0..65535");
    }
    if (mss < TcpView.ABSENT || mss > 0xFFFF) {
      throw new IllegalArgumentException("MSS out of 0..65535: " + mss);
    }
    if (windowScale < TcpView.ABSENT || windowScale > 14) {
      throw new IllegalArgumentException("window scale out of 0..14: " + windowScale);
    }
  }

  /** A header without options. */
  public static TcpHeader of(int sourcePort, int destinationPort, int sequence,
      int acknowledgment, int flags, int window) {
    return new TcpHeader(sourcePort, destinationPort, sequence, acknowledgment, flags, window, 0,
        TcpView.ABSENT, TcpView.ABSENT, false);
  }

  /** Parses the segment at {@code offset}, checking it as {@link TcpView#wrap} does. */
  public static TcpHeader parse(int source, int destination, byte[] buffer, int offset,
      int length) throws MalformedTcpException {
    TcpView view = new TcpView().wrap(source, destination, buffer, offset, length);
    return new TcpHeader(view.sourcePort(), view.destinationPort(), view.sequence(),
        view.acknowledgment(), view.flags(), view.window(), view.urgentPointer(), view.mss(),
        view.windowScale(), view.sackPermitted());
  }

  /** The number of bytes {@link #emit} writes in front of the payload. */
  public int length() {
    return TcpView.headerLength(mss, windowScale, sackPermitted);
  }

  /**
   * Writes the header at {@code offset} with the checksum over the {@code payloadLength} bytes
   * that follow it. Returns the header length.
   */
  public int emit(int source, int destination, byte[] buffer, int offset, int payloadLength) {
    return TcpView.write(source, destination, sourcePort, destinationPort, sequence,
        acknowledgment, flags, window, urgentPointer, mss, windowScale, sackPermitted, buffer,
        offset, payloadLength);
  }
}

package dev.kiln.net.udp;

/** A UDP header as a value: ports and the length of header plus data. */
public record UdpHeader(int sourcePort, int destinationPort, int length) {
  public UdpHeader {
    if (sourcePort < 0 || sourcePort > 0xFFFF || destinationPort < 0
        || destinationPort > 0xFFFF) {
      throw new IllegalArgumentException("port out of 0..65535");
    }
    if (length < UdpView.HEADER_LENGTH || length > 0xFFFF) {
      throw new IllegalArgumentException("length out of 8..65535: " + length);
    }
  }

  /** Parses the datagram at {@code offset}, checking length and checksum as {@link UdpView}. */
  public static UdpHeader parse(int source, int destination, byte[] buffer, int offset,
      int length) throws MalformedUdpException {
    UdpView view = new UdpView().wrap(source, destination, buffer, offset, length);
    return new UdpHeader(view.sourcePort(), view.destinationPort(), view.length());
  }

  /** Writes the header at {@code offset} with the checksum over the data that follows it. */
  public void emit(int source, int destination, byte[] buffer, int offset) {
    UdpView.write(source, destination, sourcePort, destinationPort, buffer, offset,
        length - UdpView.HEADER_LENGTH);
  }
}

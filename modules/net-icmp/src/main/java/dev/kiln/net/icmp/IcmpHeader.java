package dev.kiln.net.icmp;

/** An ICMP header as a value: type, code and the four type-specific bytes. */
public record IcmpHeader(int type, int code, int restOfHeader) {
  public IcmpHeader {
    if (type < 0 || type > 255 || code < 0 || code > 255) {
      throw new IllegalArgumentException("type or code out of 0..255");
    }
  }

  /** An echo request or reply header. */
  public static IcmpHeader echo(int type, int identifier, int sequence) {
    return new IcmpHeader(type, 0, (identifier & 0xFFFF) << 16 | (sequence & 0xFFFF));
  }

  /** Parses the message at {@code offset}, checking its length and checksum. */
  public static IcmpHeader parse(byte[] buffer, int offset, int length)
      throws MalformedIcmpException {
    IcmpView view = new IcmpView().wrap(buffer, offset, length);
    return new IcmpHeader(view.type(), view.code(), view.restOfHeader());
  }

  /** Writes the header at {@code offset} with the checksum over it and {@code dataLength} bytes. */
  public void emit(byte[] buffer, int offset, int dataLength) {
    IcmpView.write(type, code, restOfHeader, buffer, offset, dataLength);
  }
}

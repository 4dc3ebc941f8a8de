package dev.kiln.net.ipv4;

/**
 * An IPv4 header as a value (options are not kept). {@code fragmentOffset} is in bytes, a
 * multiple of 8; addresses are in int form.
 */
public record Ipv4Header(int typeOfService, int totalLength, int identification,
    boolean dontFragment, boolean moreFragments, int fragmentOffset, int ttl, int protocol,
    int source, int destination) {
  public Ipv4Header {
    if (typeOfService < 0 || typeOfService > 255 || ttl < 0 || ttl > 255 || protocol < 0
        || protocol > 255) {
      throw new IllegalArgumentException("a one-byte field out of range");
    }
    if (totalLength < Ipv4View.MIN_HEADER_LENGTH || totalLength > 0xFFFF
        || identification < 0 || identification > 0xFFFF) {
      throw new IllegalArgumentException("a two-byte field out of range");
    }
    if (fragmentOffset < 0 || fragmentOffset % 8 != 0 || fragmentOffset / 8 > 0x1FFF) {
      throw new IllegalArgumentException("fragment offset " + fragmentOffset);
    }
  }

  /** Parses the header of the datagram at {@code offset}, checking it as {@link Ipv4View} does. */
  public static Ipv4Header parse(byte[] buffer, int offset, int length)
      throws MalformedIpv4Exception {
    Ipv4View view = new Ipv4View().wrap(buffer, offset, length);
    return new Ipv4Header(view.typeOfService(), view.totalLength(), view.identification(),
        view.dontFragment(), view.moreFragments(), view.fragmentOffset(), view.ttl(),
        view.protocol(), view.source(), view.destination());
  }

  /** Writes the 20-byte header, with its checksum, at {@code offset}. */
  public void emit(byte[] buffer, int offset) {
    Ipv4View.write(typeOfService, totalLength, identification, dontFragment, moreFragments,
        fragmentOffset, ttl, protocol, source, destination, buffer, offset);
  }
}

package dev.kiln.api.net;

/** An interface address with its network prefix, such as {@code 10.0.0.2/24}. */
public final class Ipv4Cidr {
  private final Ipv4Address address;
  private final int prefixLength;

  private Ipv4Cidr(Ipv4Address address, int prefixLength) {
    this.address = address;
    this.prefixLength = prefixLength;
  }

  public static Ipv4Cidr of(Ipv4Address address, int prefixLength) {
    if (prefixLength < 0 || prefixLength > 32) {
      throw new IllegalArgumentException("prefix length out of 0..32: " + prefixLength);
    }
    return new Ipv4Cidr(address, prefixLength);
  }

  /** Parses {@code ADDRESS/PREFIX}, e.g. {@code 10.0.0.2/24}. */
  public static Ipv4Cidr parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("not ADDRESS/PREFIX: " + text);
    }
    String prefix = text.substring(slash + 1);
    if (prefix.isEmpty() || prefix.length() > 2 || !isDigits(prefix)) {
      throw new IllegalArgumentException("not ADDRESS/PREFIX: " + text);
    }
    return of(Ipv4Address.parse(text.substring(0, slash)), Integer.parseInt(prefix));
  }

  public Ipv4Address address() {
    return address;
  }

  public int prefixLength() {
    return prefixLength;
  }

  /** The network mask in int form. */
  public int mask() {
    return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
  }

  /** True if {@code other} (int form) is on this network. */
  public boolean contains(int other) {
    return ((other ^ address.value()) & mask()) == 0;
  }

  /** The network's directed broadcast address, int form. */
  public int broadcast() {
    return address.value() | ~mask();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ipv4Cidr && ((Ipv4Cidr) other).address.equals(address)
        && ((Ipv4Cidr) other).prefixLength == prefixLength;
  }

  @Override
  public int hashCode() {
    return address.hashCode() * 31 + prefixLength;
  }

  @Override
  public String toString() {
    return address + "/" + prefixLength;
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}

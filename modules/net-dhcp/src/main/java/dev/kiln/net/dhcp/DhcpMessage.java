package dev.kiln.net.dhcp;

import dev.kiln.api.net.Ipv4Address;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A DHCP message (RFC 2131 section 2) with the options this client uses (RFC 2132): message type
 * (53), subnet mask (1), router (3), DNS servers (6), lease time (51), server identifier (54),
 * requested address (50), parameter request list (55), renewal (58) and rebinding (59) times.
 * Other options are skipped on parse. Absent values are 0 for addresses and the message type,
 * -1 for times, and empty lists.
 */
public record DhcpMessage(int op, int xid, int secs, boolean broadcast, int clientAddress,
    int yourAddress, int serverAddress, int relayAddress, long clientMac, int messageType,
    int subnetMask, int router, List<Integer> dnsServers, long leaseSeconds, int serverId,
    int requestedAddress, List<Integer> parameterRequests, long renewalSeconds,
    long rebindingSeconds) {
  public static final int BOOTREQUEST = 1;
  public static final int BOOTREPLY = 2;
  public static final int DISCOVER = 1;
  public static final int OFFER = 2;
  public static final int REQUEST = 3;
  public static final int DECLINE = 4;
  public static final int ACK = 5;
  public static final int NAK = 6;
  public static final int RELEASE = 7;
  public static final int INFORM = 8;
  public static final long INFINITE = 0xFFFF_FFFFL;

  /** The fixed header and the magic cookie. */
  static final int FIXED_LENGTH = 240;
  /** BOOTP relays drop shorter messages (RFC 1542), so emit pads to this. */
  static final int MIN_EMIT_LENGTH = 300;
  static final int MAGIC_COOKIE = 0x6382_5363;

  private static final int OPTION_PAD = 0;
  private static final int OPTION_SUBNET_MASK = 1;
  private static final int OPTION_ROUTER = 3;
  private static final int OPTION_DNS = 6;
  private static final int OPTION_REQUESTED_ADDRESS = 50;
  private static final int OPTION_LEASE_TIME = 51;
  private static final int OPTION_MESSAGE_TYPE = 53;
  private static final int OPTION_SERVER_ID = 54;
  private static final int OPTION_PARAMETER_REQUESTS = 55;
  private static final int OPTION_RENEWAL_TIME = 58;
  private static final int OPTION_REBINDING_TIME = 59;
  private static final int OPTION_END = 255;

  public DhcpMessage {
    dnsServers = List.copyOf(dnsServers);
    parameterRequests = List.copyOf(parameterRequests);
  }

  /** Parses the message at {@code offset}; UDP has checked the datagram's length. */
  public static DhcpMessage parse(byte[] buffer, int offset, int length)
      throws MalformedDhcpException {
    if (length < FIXED_LENGTH) {
      throw new MalformedDhcpException("shorter than " + FIXED_LENGTH + " bytes: " + length);
    }
    int op = buffer[offset] & 0xFF;
    if (op != BOOTREQUEST && op != BOOTREPLY) {
      throw new MalformedDhcpException("op is neither request nor reply: " + op);
    }
    if (buffer[offset + 1] != 1 || buffer[offset + 2] != 6) {
      throw new MalformedDhcpException("hardware is not Ethernet");
    }
    if (Ipv4Address.read(buffer, offset + 236) != MAGIC_COOKIE) {
      throw new MalformedDhcpException("no DHCP magic cookie");
    }
    long mac = 0;
    for (int i = 0; i < 6; i++) {
      mac = mac << 8 | (buffer[offset + 28 + i] & 0xFF);
    }
    Options options = new Options();
    options.parse(buffer, offset + FIXED_LENGTH, offset + length);
    return new DhcpMessage(op, Ipv4Address.read(buffer, offset + 4), u16(buffer, offset + 8),
        (u16(buffer, offset + 10) & 0x8000) != 0, Ipv4Address.read(buffer, offset + 12),
        Ipv4Address.read(buffer, offset + 16), Ipv4Address.read(buffer, offset + 20),
        Ipv4Address.read(buffer, offset + 24), mac, options.messageType, options.subnetMask,
        options.router, options.dnsServers, options.leaseSeconds, options.serverId,
        options.requestedAddress, options.parameterRequests, options.renewalSeconds,
        options.rebindingSeconds);
  }

  /** Bytes {@link #emit} writes. */
  public int length() {
    int options = 1; // end
    options += messageType != 0 ? 3 : 0;
    options += requestedAddress != 0 ? 6 : 0;
    options += serverId != 0 ? 6 : 0;
    options += subnetMask != 0 ? 6 : 0;
    options += router != 0 ? 6 : 0;
    options += dnsServers.isEmpty() ? 0 : 2 + 4 * dnsServers.size();
    options += leaseSeconds >= 0 ? 6 : 0;
    options += renewalSeconds >= 0 ? 6 : 0;
    options += rebindingSeconds >= 0 ? 6 : 0;
    options += parameterRequests.isEmpty() ? 0 : 2 + parameterRequests.size();
    return Math.max(MIN_EMIT_LENGTH, FIXED_LENGTH + options);
  }

  /** Writes the message at {@code offset} and returns its length. */
  public int emit(byte[] buffer, int offset) {
    int length = length();
    if (dnsServers.size() > 63 || parameterRequests.size() > 255) {
      throw new IllegalArgumentException("an option longer than 255 bytes");
    }
    Arrays.fill(buffer, offset, offset + length, (byte) 0);
    buffer[offset] = (byte) op;
    buffer[offset + 1] = 1; // Ethernet
    buffer[offset + 2] = 6;
    Ipv4Address.write(xid, buffer, offset + 4);
    putU16(secs, buffer, offset + 8);
    putU16(broadcast ? 0x8000 : 0, buffer, offset + 10);
    Ipv4Address.write(clientAddress, buffer, offset + 12);
    Ipv4Address.write(yourAddress, buffer, offset + 16);
    Ipv4Address.write(serverAddress, buffer, offset + 20);
    Ipv4Address.write(relayAddress, buffer, offset + 24);
    for (int i = 0; i < 6; i++) {
      buffer[offset + 28 + i] = (byte) (clientMac >>> (40 - 8 * i));
    }
    Ipv4Address.write(MAGIC_COOKIE, buffer, offset + 236);
    int p = offset + FIXED_LENGTH;
    if (messageType != 0) {
      buffer[p++] = OPTION_MESSAGE_TYPE;
      buffer[p++] = 1;
      buffer[p++] = (byte) messageType;
    }
    p = putAddress(OPTION_REQUESTED_ADDRESS, requestedAddress, buffer, p);
    p = putAddress(OPTION_SERVER_ID, serverId, buffer, p);
    p = putAddress(OPTION_SUBNET_MASK, subnetMask, buffer, p);
    p = putAddress(OPTION_ROUTER, router, buffer, p);
    if (!dnsServers.isEmpty()) {
      buffer[p++] = OPTION_DNS;
      buffer[p++] = (byte) (4 * dnsServers.size());
      for (int server : dnsServers) {
        Ipv4Address.write(server, buffer, p);
        p += 4;
      }
    }
    p = putTime(OPTION_LEASE_TIME, leaseSeconds, buffer, p);
    p = putTime(OPTION_RENEWAL_TIME, renewalSeconds, buffer, p);
    p = putTime(OPTION_REBINDING_TIME, rebindingSeconds, buffer, p);
    if (!parameterRequests.isEmpty()) {
      buffer[p++] = OPTION_PARAMETER_REQUESTS;
      buffer[p++] = (byte) parameterRequests.size();
      for (int code : parameterRequests) {
        buffer[p++] = (byte) code;
      }
    }
    buffer[p] = (byte) OPTION_END;
    return length;
  }

  private static int putAddress(int code, int address, byte[] buffer, int p) {
    if (address == 0) {
      return p;
    }
    buffer[p] = (byte) code;
    buffer[p + 1] = 4;
    Ipv4Address.write(address, buffer, p + 2);
    return p + 6;
  }

  private static int putTime(int code, long seconds, byte[] buffer, int p) {
    if (seconds < 0) {
      return p;
    }
    buffer[p] = (byte) code;
    buffer[p + 1] = 4;
    Ipv4Address.write((int) seconds, buffer, p + 2);
    return p + 6;
  }

  private static int u16(byte[] buffer, int off) {
    return (buffer[off] & 0xFF) << 8 | (buffer[off + 1] & 0xFF);
  }

  private static void putU16(int value, byte[] buffer, int off) {
    buffer[off] = (byte) (value >>> 8);
    buffer[off + 1] = (byte) value;
  }

  /** The options area read into fields; a later occurrence of an option replaces an earlier. */
  private static final class Options {
    int messageType;
    int subnetMask;
    int router;
    List<Integer> dnsServers = List.of();
    long leaseSeconds = -1;
    int serverId;
    int requestedAddress;
    List<Integer> parameterRequests = List.of();
    long renewalSeconds = -1;
    long rebindingSeconds = -1;

    void parse(byte[] buffer, int p, int end) throws MalformedDhcpException {
      while (p < end) {
        int code = buffer[p++] & 0xFF;
        if (code == OPTION_END) {
          return;
        }
        if (code == OPTION_PAD) {
          continue;
        }
        if (p >= end) {
          throw new MalformedDhcpException("option " + code + " has no length");
        }
        int length = buffer[p++] & 0xFF;
        if (p + length > end) {
          throw new MalformedDhcpException("option " + code + " runs past the message");
        }
        read(code, buffer, p, length);
        p += length;
      }
    }

    private void read(int code, byte[] buffer, int p, int length) throws MalformedDhcpException {
      switch (code) {
        case OPTION_MESSAGE_TYPE:
          expect(code, length, 1);
          messageType = buffer[p] & 0xFF;
          break;
        case OPTION_SUBNET_MASK:
          subnetMask = address(code, buffer, p, length);
          break;
        case OPTION_ROUTER:
          router = addresses(code, buffer, p, length).get(0);
          break;
        case OPTION_DNS:
          dnsServers = addresses(code, buffer, p, length);
          break;
        case OPTION_LEASE_TIME:
          leaseSeconds = address(code, buffer, p, length) & 0xFFFF_FFFFL;
          break;
        case OPTION_SERVER_ID:
          serverId = address(code, buffer, p, length);
          break;
        case OPTION_REQUESTED_ADDRESS:
          requestedAddress = address(code, buffer, p, length);
          break;
        case OPTION_PARAMETER_REQUESTS:
          List<Integer> codes = new ArrayList<>(length);
          for (int i = 0; i < length; i++) {
            codes.add(buffer[p + i] & 0xFF);
          }
          parameterRequests = List.copyOf(codes);
          break;
        case OPTION_RENEWAL_TIME:
          renewalSeconds = address(code, buffer, p, length) & 0xFFFF_FFFFL;
          break;
        case OPTION_REBINDING_TIME:
          rebindingSeconds = address(code, buffer, p, length) & 0xFFFF_FFFFL;
          break;
        default:
          break; // not used by this client
      }
    }

    private static int address(int code, byte[] buffer, int p, int length)
        throws MalformedDhcpException {
      expect(code, length, 4);
      return Ipv4Address.read(buffer, p);
    }

    private static List<Integer> addresses(int code, byte[] buffer, int p, int length)
        throws MalformedDhcpException {
      if (length == 0 || length % 4 != 0) {
        throw new MalformedDhcpException("option " + code + " is not a list of addresses");
      }
      List<Integer> list = new ArrayList<>(length / 4);
      for (int i = 0; i < length; i += 4) {
        list.add(Ipv4Address.read(buffer, p + i));
      }
      return List.copyOf(list);
    }

    private static void expect(int code, int length, int expected) throws MalformedDhcpException {
      if (length != expected) {
        throw new MalformedDhcpException("option " + code + " has length " + length
            + ", not " + expected);
      }
    }
  }
}

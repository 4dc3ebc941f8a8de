package dev.kiln.net.icmp;

import dev.kiln.api.net.Icmp;
import dev.kiln.api.net.Ipv4;
import dev.kiln.api.net.Ipv4Address;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** ICMP's stateful part: echo service, and building and sending destination unreachable. */
@Singleton
public final class IcmpLayer implements Icmp {
  /** An unreachable message quotes the offending header (at most 60 bytes) and 8 payload bytes. */
  private static final int MAX_QUOTE = 60 + 8;
  private static final int LIMITED_BROADCAST = 0xFFFF_FFFF;

  private final Ipv4 ipv4;
  private final IcmpView view = new IcmpView();
  private final byte[] errorBuffer = new byte[Ipv4.HEADROOM + IcmpView.HEADER_LENGTH + MAX_QUOTE];
  private EchoListener echoRequests;
  private EchoListener echoReplies;
  private long malformed;
  private long echoesAnswered;
  private long unreachablesSent;

  @Inject
  public IcmpLayer(Ipv4 ipv4) {
    this.ipv4 = ipv4;
    ipv4.onProtocol(Ipv4.PROTOCOL_ICMP, this::receive);
    ipv4.onUnhandled((source, destination, protocol, buffer, headerOffset, payloadOffset,
        payloadLength) -> sendDestinationUnreachable(CODE_PROTOCOL_UNREACHABLE, buffer,
            headerOffset, payloadOffset - headerOffset + payloadLength));
  }

  @Override
  public void onEchoRequest(EchoListener listener) {
    this.echoRequests = listener;
  }

  @Override
  public void onEchoReply(EchoListener listener) {
    this.echoReplies = listener;
  }

  @Override
  public boolean sendEchoRequest(int destination, int identifier, int sequence, byte[] buffer,
      int dataOffset, int dataLength) {
    int offset = dataOffset - IcmpView.HEADER_LENGTH;
    if (offset < Ipv4.HEADROOM) {
      throw new IllegalArgumentException("echo data at " + dataOffset + " needs "
          + (Ipv4.HEADROOM + IcmpView.HEADER_LENGTH) + " bytes of headroom");
    }
    IcmpView.write(IcmpView.TYPE_ECHO_REQUEST, 0, (identifier & 0xFFFF) << 16
        | (sequence & 0xFFFF), buffer, offset, dataLength);
    return ipv4.send(destination, Ipv4.PROTOCOL_ICMP, buffer, offset,
        IcmpView.HEADER_LENGTH + dataLength);
  }

  @Override
  public boolean sendDestinationUnreachable(int code, byte[] buffer, int headerOffset,
      int length) {
    if (length < 20 || headerOffset < 0 || headerOffset + length > buffer.length) {
      return false;
    }
    int headerLength = (buffer[headerOffset] & 0x0F) * 4;
    if (headerLength < 20 || headerLength > length) {
      return false;
    }
    int source = Ipv4Address.read(buffer, headerOffset + 12);
    int destination = Ipv4Address.read(buffer, headerOffset + 16);
    int fragmentOffset =
        (buffer[headerOffset + 6] & 0x1F) << 8 | (buffer[headerOffset + 7] & 0xFF);
    int protocol = buffer[headerOffset + 9] & 0xFF;
    if (isBroadcast(destination) || isBroadcast(source) || source == 0
        || (source >>> 28) == 0xE || (destination >>> 28) == 0xE || fragmentOffset != 0) {
      return false;
    }
    if (protocol == Ipv4.PROTOCOL_ICMP && (length <= headerLength
        || IcmpView.isError(buffer[headerOffset + headerLength] & 0xFF))) {
      return false; // never an error about an error
    }
    int quote = Math.min(length, headerLength + 8);
    int messageOffset = Ipv4.HEADROOM;
    System.arraycopy(buffer, headerOffset, errorBuffer, messageOffset + IcmpView.HEADER_LENGTH,
        quote);
    IcmpView.write(IcmpView.TYPE_DESTINATION_UNREACHABLE, code, 0, errorBuffer, messageOffset,
        quote);
    boolean sent = ipv4.send(source, Ipv4.PROTOCOL_ICMP, errorBuffer, messageOffset,
        IcmpView.HEADER_LENGTH + quote);
    if (sent) {
      unreachablesSent++;
    }
    return sent;
  }

  private void receive(int source, int destination, int protocol, byte[] buffer,
      int headerOffset, int offset, int length) {
    try {
      view.wrap(buffer, offset, length);
    } catch (MalformedIcmpException e) {
      malformed++;
      return;
    }
    int type = view.type();
    if (type == IcmpView.TYPE_ECHO_REQUEST && view.code() == 0) {
      if (destination != ipv4.address().address().value()) {
        return; // no answers to broadcast echo requests
      }
      int identifier = view.identifier();
      int sequence = view.sequence();
      // The reply is the request with its type changed: rewrite the header in place.
      IcmpView.write(IcmpView.TYPE_ECHO_REPLY, 0, view.restOfHeader(), buffer, offset,
          length - IcmpView.HEADER_LENGTH);
      if (ipv4.send(source, Ipv4.PROTOCOL_ICMP, buffer, offset, length)) {
        echoesAnswered++;
      }
      if (echoRequests != null) {
        echoRequests.echo(source, identifier, sequence, buffer, offset + IcmpView.HEADER_LENGTH,
            length - IcmpView.HEADER_LENGTH);
      }
    } else if (type == IcmpView.TYPE_ECHO_REPLY && view.code() == 0) {
      if (echoReplies != null) {
        echoReplies.echo(source, view.identifier(), view.sequence(), buffer, view.dataOffset(),
            view.dataLength());
      }
    }
  }

  private boolean isBroadcast(int address) {
    return address == LIMITED_BROADCAST || address == ipv4.address().broadcast();
  }

  public long messagesMalformed() {
    return malformed;
  }

  /** Echo requests answered with a reply that was sent. */
  public long echoesAnswered() {
    return echoesAnswered;
  }

  public long unreachablesSent() {
    return unreachablesSent;
  }
}

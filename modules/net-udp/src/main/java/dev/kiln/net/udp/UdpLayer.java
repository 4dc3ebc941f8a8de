package dev.kiln.net.udp;

import dev.kiln.api.net.Icmp;
import dev.kiln.api.net.Ipv4;
import dev.kiln.api.net.Udp;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** UDP's stateful part: the port table, receive dispatch and the send path. */
@Singleton
public final class UdpLayer implements Udp {
  public static final int MAX_BINDINGS = 64;
  private static final int LIMITED_BROADCAST = 0xFFFF_FFFF;

  private final Ipv4 ipv4;
  private final Icmp icmp;
  private final UdpView view = new UdpView();
  private final int[] ports = new int[MAX_BINDINGS];
  private final Listener[] listeners = new Listener[MAX_BINDINGS];
  private int bindings;
  private long malformed;
  private long unreachable;

  @Inject
  public UdpLayer(Ipv4 ipv4, Icmp icmp) {
    this.ipv4 = ipv4;
    this.icmp = icmp;
    ipv4.onProtocol(Ipv4.PROTOCOL_UDP, this::receive);
  }

  @Override
  public void bind(int port, Listener listener) {
    if (port < 1 || port > 0xFFFF) {
      throw new IllegalArgumentException("port out of 1..65535: " + port);
    }
    if (listener == null) {
      throw new NullPointerException("listener");
    }
    if (indexOf(port) >= 0) {
      throw new IllegalStateException("UDP port " + port + " is bound already");
    }
    if (bindings == MAX_BINDINGS) {
      throw new IllegalStateException("more than " + MAX_BINDINGS + " UDP ports bound");
    }
    ports[bindings] = port;
    listeners[bindings++] = listener;
  }

  @Override
  public void unbind(int port) {
    int index = indexOf(port);
    if (index >= 0) {
      bindings--;
      ports[index] = ports[bindings];
      listeners[index] = listeners[bindings];
      listeners[bindings] = null;
    }
  }

  @Override
  public boolean send(int sourcePort, int destination, int destinationPort, byte[] buffer,
      int payloadOffset, int payloadLength) {
    if (payloadOffset < HEADROOM) {
      throw new IllegalArgumentException("payload at " + payloadOffset + " needs " + HEADROOM
          + " bytes of headroom");
    }
    int offset = payloadOffset - UdpView.HEADER_LENGTH;
    UdpView.write(ipv4.address().address().value(), destination, sourcePort, destinationPort,
        buffer, offset, payloadLength);
    return ipv4.send(destination, Ipv4.PROTOCOL_UDP, buffer, offset,
        UdpView.HEADER_LENGTH + payloadLength);
  }

  private void receive(int source, int destination, int protocol, byte[] buffer,
      int headerOffset, int offset, int length) {
    try {
      view.wrap(source, destination, buffer, offset, length);
    } catch (MalformedUdpException e) {
      malformed++;
      return;
    }
    int index = indexOf(view.destinationPort());
    if (index >= 0) {
      listeners[index].datagram(source, view.sourcePort(), view.destinationPort(), buffer,
          view.payloadOffset(), view.payloadLength());
      return;
    }
    unreachable++;
    if (destination != LIMITED_BROADCAST && destination != ipv4.address().broadcast()) {
      icmp.sendDestinationUnreachable(Icmp.CODE_PORT_UNREACHABLE, buffer, headerOffset,
          offset - headerOffset + length);
    }
  }

  private int indexOf(int port) {
    for (int i = 0; i < bindings; i++) {
      if (ports[i] == port) {
        return i;
      }
    }
    return -1;
  }

  public long datagramsMalformed() {
    return malformed;
  }

  /** Datagrams for ports nobody bound. */
  public long datagramsUnreachable() {
    return unreachable;
  }
}

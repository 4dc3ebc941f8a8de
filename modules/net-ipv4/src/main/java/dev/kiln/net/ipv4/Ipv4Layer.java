package dev.kiln.net.ipv4;

import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Setting;
import dev.kiln.api.net.Arp;
import dev.kiln.api.net.Ethernet;
import dev.kiln.api.net.Ipv4;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Ipv4Cidr;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The IPv4 host: receive checks and dispatch, reassembly, routing and the send path. */
@Singleton
public final class Ipv4Layer implements Ipv4 {
  private static final int LIMITED_BROADCAST = 0xFFFF_FFFF;
  private static final int HEADER = Ipv4View.MIN_HEADER_LENGTH;

  private final Ethernet ethernet;
  private final Arp arp;
  private final Clock clock;
  private final EventLoop loop;
  private final Ipv4Cidr address;
  private final int local;
  private final int gateway;
  private final int ttl;
  private final Ipv4View view = new Ipv4View();
  private final Reassembly reassembly = new Reassembly();
  private final Listener[] listeners = new Listener[256];
  private final Reassembly.Sink deliverReassembled = this::deliverReassembled;
  private final Runnable expireFragments = this::expireFragments;
  private Listener unhandled;
  private int identification;
  private long received;
  private long malformed;
  private long notForUs;
  private long sendFailures;

  @Inject
  public Ipv4Layer(Ethernet ethernet, Arp arp, Clock clock, EventLoop loop,
      @Setting("ipv4") String address, @Setting("ipv4-gateway") String gateway,
      @Setting("ipv4.ttl") int ttl) {
    this.ethernet = ethernet;
    this.arp = arp;
    this.clock = clock;
    this.loop = loop;
    this.address = Ipv4Cidr.parse(address);
    this.local = this.address.address().value();
    this.gateway = gateway.isEmpty() ? 0 : Ipv4Address.parse(gateway).value();
    if (this.gateway != 0 && !this.address.contains(this.gateway)) {
      throw new IllegalArgumentException("gateway " + gateway + " is not on " + address);
    }
    if (ttl < 1 || ttl > 255) {
      throw new IllegalArgumentException("ipv4.ttl out of 1..255: " + ttl);
    }
    this.ttl = ttl;
    // Distinct images booted together should not start at the same identification.
    this.identification = (int) (clock.monotonicNanos() ^ local) & 0xFFFF;
    ethernet.onFrame(Ethernet.ETHERTYPE_IPV4, this::receive);
    arp.setLocalAddress(local);
  }

  @Override
  public Ipv4Cidr address() {
    return address;
  }

  @Override
  public int gateway() {
    return gateway;
  }

  @Override
  public int maxPayload() {
    return ethernet.mtu() - HEADER;
  }

  @Override
  public void onProtocol(int protocol, Listener listener) {
    listeners[protocol & 0xFF] = listener;
  }

  @Override
  public void onUnhandled(Listener listener) {
    this.unhandled = listener;
  }

  @Override
  public boolean send(int destination, int protocol, byte[] buffer, int payloadOffset,
      int payloadLength) {
    if (payloadOffset < HEADROOM || payloadLength < 0
        || payloadOffset + payloadLength > buffer.length) {
      throw new IllegalArgumentException("payload of " + payloadLength + " bytes at "
          + payloadOffset + " needs " + HEADROOM + " bytes of headroom");
    }
    if (payloadLength > maxPayload()) {
      sendFailures++;
      return false; // fragmenting on send is not implemented
    }
    int nextHop = nextHop(destination);
    if (nextHop == 0) {
      sendFailures++;
      return false;
    }
    int headerOffset = payloadOffset - HEADER;
    identification = (identification + 1) & 0xFFFF;
    Ipv4View.write(0, HEADER + payloadLength, identification, true, false, 0, ttl, protocol,
        local, destination, buffer, headerOffset);
    boolean sent = arp.sendIpv4(nextHop, buffer, headerOffset, HEADER + payloadLength);
    if (!sent) {
      sendFailures++;
    }
    return sent;
  }

  /** Where a datagram for {@code destination} goes first; 0 if there is no route. */
  int nextHop(int destination) {
    if (destination == LIMITED_BROADCAST || destination == address.broadcast()) {
      return LIMITED_BROADCAST;
    }
    if (destination == 0) {
      return 0;
    }
    if (address.contains(destination)) {
      return destination;
    }
    return gateway;
  }

  private void receive(long sourceMac, long destinationMac, byte[] buffer, int offset,
      int length) {
    received++;
    try {
      view.wrap(buffer, offset, length);
    } catch (MalformedIpv4Exception e) {
      malformed++;
      return;
    }
    int destination = view.destination();
    if (destination != local && destination != LIMITED_BROADCAST
        && destination != address.broadcast()) {
      notForUs++;
      return;
    }
    if (view.isFragment()) {
      long deadline = reassembly.add(view, buffer, clock.monotonicNanos(), deliverReassembled);
      if (deadline != 0) {
        loop.at(deadline, expireFragments);
      }
      return;
    }
    deliver(view.source(), destination, view.protocol(), buffer, offset, view.payloadOffset(),
        view.payloadLength());
  }

  private void deliverReassembled(byte[] buffer, int payloadLength) {
    int header = Reassembly.HEADER_OFFSET;
    deliver(Ipv4Address.read(buffer, header + 12), Ipv4Address.read(buffer, header + 16),
        buffer[header + 9] & 0xFF, buffer, header, Reassembly.PAYLOAD_OFFSET, payloadLength);
  }

  private void deliver(int source, int destination, int protocol, byte[] buffer,
      int headerOffset, int payloadOffset, int payloadLength) {
    Listener listener = listeners[protocol];
    if (listener == null) {
      listener = unhandled;
    }
    if (listener != null) {
      listener.datagram(source, destination, protocol, buffer, headerOffset, payloadOffset,
          payloadLength);
    }
  }

  private void expireFragments() {
    reassembly.expire(clock.monotonicNanos());
  }

  public long datagramsReceived() {
    return received;
  }

  public long datagramsMalformed() {
    return malformed;
  }

  /** Datagrams for another host (this host does not forward). */
  public long datagramsNotForUs() {
    return notForUs;
  }

  /** Datagrams not sent: no route, too long, or dropped below. */
  public long sendFailures() {
    return sendFailures;
  }

  /** Datagrams being reassembled now. */
  public int reassembliesInProgress() {
    return reassembly.inProgress();
  }

  /** Bytes of reassembly buffers held. */
  public int reassemblyMemory() {
    return reassembly.memory();
  }

  /** Reassemblies given up for breaking a limit or contradicting themselves. */
  public long reassembliesDropped() {
    return reassembly.dropped();
  }

  public long reassembliesTimedOut() {
    return reassembly.timedOut();
  }
}

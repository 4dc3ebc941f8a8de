package dev.kiln.net.ipv4;

import dagger.Lazy;
import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Setting;
import dev.kiln.api.boot.BootValues;
import dev.kiln.api.net.Arp;
import dev.kiln.api.net.Ethernet;
import dev.kiln.api.net.Ipv4;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Ipv4AddressSource;
import dev.kiln.api.net.Ipv4Cidr;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The IPv4 host: receive checks and dispatch, reassembly, routing and the send path. */
@Singleton
public final class Ipv4Layer implements Ipv4, Ipv4AddressSource.Target {
  private static final int LIMITED_BROADCAST = 0xFFFF_FFFF;
  private static final int HEADER = Ipv4View.MIN_HEADER_LENGTH;
  private static final Ipv4Cidr UNCONFIGURED = Ipv4Cidr.of(Ipv4Address.ANY, 0);

  private final Ethernet ethernet;
  private final Arp arp;
  private final Clock clock;
  private final EventLoop loop;
  private Ipv4Cidr address;
  private int local;
  private int gateway;
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

  /** A host with the static address and gateway given (the gateway may be empty). */
  public Ipv4Layer(Ethernet ethernet, Arp arp, Clock clock, EventLoop loop, String address,
      String gateway, int ttl) {
    this(ethernet, arp, clock, loop, address, gateway, ttl, Optional.empty());
  }

  /**
   * A host configured by {@code source} when the image has one (it starts without an address
   * then), else by the static {@code address} and {@code gateway}.
   */
  @Inject
  public Ipv4Layer(Ethernet ethernet, Arp arp, Clock clock, EventLoop loop,
      @Setting("ipv4") String address, @Setting("ipv4-gateway") String gateway,
      @Setting("ipv4.ttl") int ttl, Optional<Lazy<Ipv4AddressSource>> source) {
    this.ethernet = ethernet;
    this.arp = arp;
    this.clock = clock;
    this.loop = loop;
    if (ttl < 1 || ttl > 255) {
      throw new IllegalArgumentException("ipv4.ttl out of 1..255: " + ttl);
    }
    this.ttl = ttl;
    this.address = UNCONFIGURED;
    if (source.isEmpty()) {
      Ipv4Cidr cidr = BootValues.parsed("ipv4", address, Ipv4Cidr::parse);
      int router = gateway.isEmpty()
          ? 0 : BootValues.parsed("ipv4-gateway", gateway, Ipv4Address::parse).value();
      configure(cidr, router);
    }
    // Distinct images booted together should not start at the same identification.
    this.identification = (int) (clock.monotonicNanos() ^ local) & 0xFFFF;
    ethernet.onFrame(Ethernet.ETHERTYPE_IPV4, this::receive);
    // The source may need layers built on this one, so it starts after construction.
    source.ifPresent(lazy -> loop.soon(() -> lazy.get().start(this)));
  }

  @Override
  public void configure(Ipv4Cidr address, int gateway) {
    if (address.address().value() == 0) {
      throw new IllegalArgumentException("not a host address: " + address);
    }
    // A gateway outside the network is taken as on-link (ARP finds it on this device), as the
    // /32 pod addresses of Kubernetes CNIs need: 10.0.0.2/32 via 169.254.1.1.
    boolean changed = address.address().value() != local;
    this.address = address;
    this.local = address.address().value();
    this.gateway = gateway;
    if (changed) {
      arp.setLocalAddress(local);
    }
  }

  @Override
  public void deconfigure() {
    this.address = UNCONFIGURED;
    this.local = 0;
    this.gateway = 0;
    arp.setLocalAddress(0);
  }

  /** True once the interface has an address. */
  public boolean configured() {
    return local != 0;
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
    if (destination == 0 || local == 0) {
      return 0; // nothing but broadcasts leaves an interface without an address
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
    if ((destination != local || local == 0) && destination != LIMITED_BROADCAST
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

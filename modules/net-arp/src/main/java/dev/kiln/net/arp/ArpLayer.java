package dev.kiln.net.arp;

import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.net.Arp;
import dev.kiln.api.net.Ethernet;
import dev.kiln.api.net.MacAddress;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The ARP state: cache, outstanding requests and the packets waiting on them. */
@Singleton
public final class ArpLayer implements Arp {
  public static final int ENTRY_LIFETIME_SECONDS = 60;
  public static final int MAX_REQUESTS = 3;
  static final long ENTRY_LIFETIME_NANOS = ENTRY_LIFETIME_SECONDS * 1_000_000_000L;
  static final long RETRY_NANOS = 1_000_000_000L;
  private static final int MAX_OUTSTANDING = 8;
  private static final int BROADCAST_IP = 0xFFFF_FFFF;

  private final Ethernet ethernet;
  private final Clock clock;
  private final EventLoop loop;
  private final ArpCache cache = new ArpCache();
  private final ArpView view = new ArpView();
  private final PendingQueue pending;
  private final byte[] sendBuffer = new byte[Ethernet.HEADROOM + ArpView.LENGTH];
  private final int[] outstanding = new int[MAX_OUTSTANDING];
  private final int[] requestsSent = new int[MAX_OUTSTANDING];
  private int outstandingCount;
  private boolean retryScheduled;
  private int localAddress;
  private long malformed;
  private long dropped;
  private long probesSent;
  private int watched;
  private ConflictListener conflicts;

  @Inject
  public ArpLayer(Ethernet ethernet, Clock clock, EventLoop loop) {
    this.ethernet = ethernet;
    this.clock = clock;
    this.loop = loop;
    this.pending = new PendingQueue(Ethernet.HEADROOM, ethernet.mtu());
    ethernet.onFrame(Ethernet.ETHERTYPE_ARP, this::receive);
  }

  @Override
  public void setLocalAddress(int address) {
    this.localAddress = address;
    if (address != 0) {
      loop.soon(this::announce);
    }
  }

  @Override
  public long lookup(int address) {
    if (address == BROADCAST_IP) {
      return MacAddress.BROADCAST_VALUE;
    }
    return cache.lookup(address, clock.monotonicNanos());
  }

  @Override
  public boolean sendIpv4(int nextHop, byte[] buffer, int packetOffset, int packetLength) {
    long mac = lookup(nextHop);
    if (mac >= 0) {
      return ethernet.send(mac, Ethernet.ETHERTYPE_IPV4, buffer, packetOffset, packetLength);
    }
    if (!pending.add(nextHop, buffer, packetOffset, packetLength, Ethernet.HEADROOM)) {
      dropped++;
      return false;
    }
    if (indexOfOutstanding(nextHop) < 0) {
      if (outstandingCount == MAX_OUTSTANDING) {
        pending.release(nextHop, null);
        dropped++;
        return false;
      }
      outstanding[outstandingCount] = nextHop;
      requestsSent[outstandingCount++] = 1;
      request(nextHop);
      scheduleRetry();
    }
    return true;
  }

  /** Hears that another host uses, or probes for, a watched address. */
  public interface ConflictListener {
    void conflict(int address);
  }

  /**
   * Sends an ARP probe for {@code address} (RFC 5227 2.1.1): a broadcast request with sender IP
   * 0 and target hardware address 0, which asks whether anyone holds the address without
   * claiming it.
   */
  public void probe(int address) {
    probesSent++;
    send(ArpView.OPERATION_REQUEST, 0, address, 0, MacAddress.BROADCAST_VALUE);
  }

  /**
   * Reports ARP packets that show {@code address} in use by another host: any packet from
   * another MAC with that sender IP, or another host's probe for it (RFC 5227 2.1.1). One
   * address is watched at a time; 0 stops watching.
   */
  public void watchConflicts(int address, ConflictListener listener) {
    this.watched = address;
    this.conflicts = address == 0 ? null : listener;
  }

  /** Sends the gratuitous ARP: a request for the local address from the local address. */
  void announce() {
    if (localAddress != 0) {
      send(ArpView.OPERATION_REQUEST, 0, localAddress, localAddress,
          MacAddress.BROADCAST_VALUE);
    }
  }

  private void request(int address) {
    send(ArpView.OPERATION_REQUEST, 0, address, localAddress, MacAddress.BROADCAST_VALUE);
  }

  private void send(int operation, long targetMac, int targetIp, int senderIp, long toMac) {
    ArpView.write(operation, ethernet.mac(), senderIp, targetMac, targetIp, sendBuffer,
        Ethernet.HEADROOM);
    ethernet.send(toMac, Ethernet.ETHERTYPE_ARP, sendBuffer, Ethernet.HEADROOM, ArpView.LENGTH);
  }

  private void receive(long sourceMac, long destinationMac, byte[] buffer, int offset,
      int length) {
    try {
      view.wrap(buffer, offset, length);
    } catch (MalformedArpException e) {
      malformed++;
      return;
    }
    long now = clock.monotonicNanos();
    int senderIp = view.senderIp();
    long senderMac = view.senderMac();
    if (watched != 0 && senderMac != ethernet.mac() && (senderIp == watched
        || senderIp == 0 && view.operation() == ArpView.OPERATION_REQUEST
            && view.targetIp() == watched)) {
      conflicts.conflict(watched);
    }
    if (MacAddress.isMulticast(senderMac)) {
      return; // a sender no reply could reach
    }
    if (senderIp == 0) {
      // A probe (RFC 5227 2.1.1): nothing to learn, but one for our address gets an answer, so
      // the prober sees the address is taken.
      if (localAddress != 0 && view.operation() == ArpView.OPERATION_REQUEST
          && view.targetIp() == localAddress) {
        ArpView.write(ArpView.OPERATION_REPLY, ethernet.mac(), localAddress, senderMac, 0,
            buffer, offset);
        ethernet.send(senderMac, Ethernet.ETHERTYPE_ARP, buffer, offset, ArpView.LENGTH);
      }
      return;
    }
    // RFC 826: update an existing entry; add one only if the packet is for us.
    boolean merged = false;
    if (cache.contains(senderIp, now)) {
      cache.put(senderIp, senderMac, now + ENTRY_LIFETIME_NANOS);
      merged = true;
    }
    if (localAddress == 0 || view.targetIp() != localAddress) {
      if (merged) {
        resolved(senderIp, senderMac);
      }
      return;
    }
    if (!merged) {
      cache.put(senderIp, senderMac, now + ENTRY_LIFETIME_NANOS);
    }
    if (view.operation() == ArpView.OPERATION_REQUEST) {
      // The reply reuses the request's bytes: swap the roles, set our MAC, flip the operation.
      ArpView.write(ArpView.OPERATION_REPLY, ethernet.mac(), localAddress, senderMac, senderIp,
          buffer, offset);
      ethernet.send(senderMac, Ethernet.ETHERTYPE_ARP, buffer, offset, ArpView.LENGTH);
    }
    resolved(senderIp, senderMac);
  }

  private void resolved(int address, long mac) {
    int index = indexOfOutstanding(address);
    if (index >= 0) {
      removeOutstanding(index);
    }
    if (pending.waitingFor(address)) {
      pending.release(address, (packet, length) ->
          ethernet.send(mac, Ethernet.ETHERTYPE_IPV4, packet, Ethernet.HEADROOM, length));
    }
  }

  private void scheduleRetry() {
    if (!retryScheduled) {
      retryScheduled = true;
      loop.after(RETRY_NANOS, this::retry);
    }
  }

  private void retry() {
    retryScheduled = false;
    for (int i = outstandingCount - 1; i >= 0; i--) {
      int address = outstanding[i];
      if (requestsSent[i] >= MAX_REQUESTS) {
        dropped += pending.release(address, null);
        removeOutstanding(i);
      } else {
        requestsSent[i]++;
        request(address);
      }
    }
    if (outstandingCount > 0) {
      scheduleRetry();
    }
  }

  private int indexOfOutstanding(int address) {
    for (int i = 0; i < outstandingCount; i++) {
      if (outstanding[i] == address) {
        return i;
      }
    }
    return -1;
  }

  private void removeOutstanding(int index) {
    outstandingCount--;
    outstanding[index] = outstanding[outstandingCount];
    requestsSent[index] = requestsSent[outstandingCount];
  }

  /** Packets waiting for resolution. */
  public int waiting() {
    return pending.size();
  }

  /** Packets dropped: wait queue full, or their next hop never answered. */
  /** ARP probes sent for address checks (RFC 5227). */
  public long probesSent() {
    return probesSent;
  }

  public long packetsDropped() {
    return dropped;
  }

  public long packetsMalformed() {
    return malformed;
  }

  /** Entries in the cache (some may have expired but not been noticed yet). */
  public int cacheSize() {
    return cache.size();
  }
}

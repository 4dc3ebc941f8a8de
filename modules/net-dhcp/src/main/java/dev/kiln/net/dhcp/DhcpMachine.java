package dev.kiln.net.dhcp;

import dev.kiln.api.Random;
import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Ipv4Cidr;
import java.util.List;

/**
 * The DHCP client state machine of RFC 2131 section 4.4, pure: events are {@link #start}, {@link
 * #receive} and {@link #poll}, each given the monotonic time; what it does goes to its {@link
 * Output}; the caller runs {@link #poll} at {@link #pollAt()}.
 *
 * <p>Retransmission (section 4.1): DISCOVER and REQUEST in SELECTING and REQUESTING after 4, 8,
 * 16, 32, then every 64 seconds, each randomized by up to one second either way; REQUESTING gives
 * up after {@value #MAX_REQUESTS} tries and discovers anew. RENEWING and REBINDING (section
 * 4.4.5) retry after half the time left until T2 or expiry, at least {@value
 * #MIN_RENEW_RETRY_SECONDS} seconds.
 *
 * <p>INIT-REBOOT (sections 3.2 and 4.3.2): given an address from an earlier lease, the machine
 * starts by broadcasting a REQUEST for it (requested address set, no server identifier, ciaddr
 * 0); an ACK binds it, a NAK or {@value #MAX_REQUESTS} unanswered tries fall back to DISCOVER.
 *
 * <p>Address check (section 4.4.1 with RFC 5227 2.1): with probing on, an ACK for a new address
 * is not used at once: {@value #PROBE_COUNT} ARP probes go out, the first after up to one
 * second, then one to two seconds apart, and after the last the machine waits two more seconds.
 * A {@link #conflict} in that time sends a DECLINE and discovers anew after ten seconds (section
 * 3.1, step 5); otherwise the lease is bound.
 */
public final class DhcpMachine {
  static final int CLIENT_PORT = 68;
  static final int SERVER_PORT = 67;
  static final int MAX_REQUESTS = 4;
  static final long MIN_RENEW_RETRY_SECONDS = 60;
  static final int PROBE_COUNT = 3;
  static final long DECLINE_WAIT_SECONDS = 10;
  static final List<Integer> PARAMETERS = List.of(1, 3, 6, 51, 54, 58, 59);
  private static final long SECOND = 1_000_000_000L;
  private static final long NEVER = Long.MAX_VALUE;
  private static final int BROADCAST = 0xFFFF_FFFF;

  /** What the machine does. */
  public interface Output {
    /** Sends a message from port 68 to port 67 of {@code destination}. */
    void send(DhcpMessage message, int destination);

    /** A lease was bound or renewed. */
    void bound(Dhcp.Lease lease);

    /** The lease ended: the host must stop using its address. */
    void lost();

    /** Sends an ARP probe for {@code address} (RFC 5227 2.1.1); only when probing is on. */
    default void probe(int address) {}
  }

  private final long mac;
  private final Random random;
  private final Output output;
  private final int rebootAddress;
  private final boolean probing;
  private DhcpState state = DhcpState.INIT;
  private int xid;
  private int attempt;
  private long startedAt;
  private long requestSentAt;
  private long retransmitAt = NEVER;
  private DhcpMessage offer;
  private Dhcp.Lease lease;
  private long renewAt = NEVER;
  private long rebindAt = NEVER;
  private long expireAt = NEVER;
  private DhcpMessage checking;
  private int probesSent;
  private long probeAt = NEVER;
  private long restartAt = NEVER;

  /** A machine that starts with DISCOVER and uses an acknowledged address at once. */
  public DhcpMachine(long mac, Random random, Output output) {
    this(mac, random, output, 0, false);
  }

  /**
   * A machine that starts with INIT-REBOOT for {@code rebootAddress} (0: with DISCOVER), and,
   * if {@code probing}, checks each new address with ARP probes before using it.
   */
  public DhcpMachine(long mac, Random random, Output output, int rebootAddress,
      boolean probing) {
    this.mac = mac;
    this.random = random;
    this.output = output;
    this.rebootAddress = rebootAddress;
    this.probing = probing;
  }

  public DhcpState state() {
    return state;
  }

  /** The lease in force, or null. */
  public Dhcp.Lease lease() {
    return lease;
  }

  /** When {@link #poll} must next run; {@link Long#MAX_VALUE} for never. */
  public long pollAt() {
    switch (state) {
      case INIT:
        return restartAt;
      case REBOOTING:
      case SELECTING:
      case REQUESTING:
        return retransmitAt;
      case CHECKING:
        return probeAt;
      case BOUND:
        return renewAt;
      case RENEWING:
        return Math.min(retransmitAt, rebindAt);
      case REBINDING:
        return Math.min(retransmitAt, expireAt);
      default:
        return NEVER;
    }
  }

  /** Begins: from INIT, broadcasts a REQUEST for the reboot address if any, else a DISCOVER. */
  public void start(long now) {
    if (state != DhcpState.INIT || restartAt != NEVER) {
      return;
    }
    if (rebootAddress != 0) {
      state = DhcpState.REBOOTING;
      xid = (int) random.nextLong();
      attempt = 0;
      startedAt = now;
      sendRebootRequest(now);
    } else {
      discover(now);
    }
  }

  /**
   * ARP saw another host use or probe for {@code address} (RFC 5227 2.1.1). While that address
   * is being checked, it is declined (section 4.4.1); otherwise nothing happens.
   */
  public void conflict(int address, long now) {
    if (state != DhcpState.CHECKING || address != checking.yourAddress()) {
      return;
    }
    output.send(message(DhcpMessage.DECLINE, now, 0, address, checking.serverId()), BROADCAST);
    checking = null;
    probeAt = NEVER;
    retransmitAt = NEVER;
    state = DhcpState.INIT;
    restartAt = now + DECLINE_WAIT_SECONDS * SECOND;
  }

  /** A message arrived on port 68. */
  public void receive(DhcpMessage message, long now) {
    if (message.op() != DhcpMessage.BOOTREPLY || message.xid() != xid
        || message.clientMac() != mac) {
      return;
    }
    int type = message.messageType();
    switch (state) {
      case SELECTING:
        if (type == DhcpMessage.OFFER && message.yourAddress() != 0
            && message.serverId() != 0) {
          offer = message;
          state = DhcpState.REQUESTING;
          attempt = 0;
          sendSelectingRequest(now);
        }
        break;
      case REBOOTING:
      case REQUESTING:
      case RENEWING:
      case REBINDING:
        if (type == DhcpMessage.ACK && message.yourAddress() != 0) {
          if (probing && (state == DhcpState.REQUESTING || state == DhcpState.REBOOTING)) {
            check(message, now);
          } else {
            bind(message);
          }
        } else if (type == DhcpMessage.NAK && (state != DhcpState.REQUESTING
            || message.serverId() == 0 || message.serverId() == offer.serverId())) {
          restart(now);
        }
        break;
      default:
        break; // BOUND and INIT expect nothing
    }
  }

  /** A deadline passed. */
  public void poll(long now) {
    if (now < pollAt()) {
      return;
    }
    switch (state) {
      case INIT:
        restartAt = NEVER;
        discover(now);
        break;
      case REBOOTING:
        if (++attempt >= MAX_REQUESTS) {
          discover(now);
        } else {
          sendRebootRequest(now);
        }
        break;
      case CHECKING:
        if (probesSent < PROBE_COUNT) {
          output.probe(checking.yourAddress());
          probesSent++;
          // RFC 5227 2.1.1: PROBE_MIN to PROBE_MAX apart, then ANNOUNCE_WAIT after the last.
          probeAt = now + (probesSent < PROBE_COUNT ? SECOND + uniform(SECOND) : 2 * SECOND);
        } else {
          DhcpMessage ack = checking;
          checking = null;
          probeAt = NEVER;
          bind(ack);
        }
        break;
      case SELECTING:
        attempt++;
        sendDiscover(now);
        break;
      case REQUESTING:
        if (++attempt >= MAX_REQUESTS) {
          discover(now);
        } else {
          sendSelectingRequest(now);
        }
        break;
      case BOUND:
      case RENEWING:
        if (now >= expireAt) {
          restart(now);
        } else if (now >= rebindAt) {
          state = DhcpState.REBINDING;
          xid = (int) random.nextLong();
          requestSentAt = now;
          startedAt = now;
          sendLeaseRequest(BROADCAST, now, expireAt);
        } else if (state == DhcpState.BOUND) {
          state = DhcpState.RENEWING;
          xid = (int) random.nextLong();
          requestSentAt = now;
          startedAt = now; // secs counts from the start of renewal too (section 2)
          sendLeaseRequest(lease.server(), now, rebindAt);
        } else {
          sendLeaseRequest(lease.server(), now, rebindAt);
        }
        break;
      case REBINDING:
        if (now >= expireAt) {
          restart(now);
        } else {
          sendLeaseRequest(BROADCAST, now, expireAt);
        }
        break;
      default:
        break;
    }
  }

  private void discover(long now) {
    state = DhcpState.SELECTING;
    xid = (int) random.nextLong();
    attempt = 0;
    startedAt = now;
    offer = null;
    sendDiscover(now);
  }

  /** NAK or expiry: drop any lease and discover again (section 4.4.5). */
  private void restart(long now) {
    boolean hadLease = lease != null;
    lease = null;
    renewAt = rebindAt = expireAt = NEVER;
    state = DhcpState.INIT;
    if (hadLease) {
      output.lost();
    }
    discover(now);
  }

  /** RFC 5227 2.1.1: the first probe after a random wait of up to PROBE_WAIT (1 s). */
  private void check(DhcpMessage ack, long now) {
    state = DhcpState.CHECKING;
    checking = ack;
    probesSent = 0;
    retransmitAt = NEVER;
    probeAt = now + uniform(SECOND);
  }

  /** A uniform random time in [0, limit]. */
  private long uniform(long limit) {
    return Math.floorMod(random.nextLong(), limit + 1);
  }

  /** INIT-REBOOT: requested address set, no server identifier, ciaddr 0 (table 5). */
  private void sendRebootRequest(long now) {
    requestSentAt = now;
    output.send(message(DhcpMessage.REQUEST, now, 0, rebootAddress, 0), BROADCAST);
    retransmitAt = now + backoff();
  }

  private void sendDiscover(long now) {
    output.send(message(DhcpMessage.DISCOVER, now, 0, 0, 0), BROADCAST);
    retransmitAt = now + backoff();
  }

  private void sendSelectingRequest(long now) {
    requestSentAt = now;
    output.send(message(DhcpMessage.REQUEST, now, 0, offer.yourAddress(), offer.serverId()),
        BROADCAST);
    retransmitAt = now + backoff();
  }

  /** RENEWING or REBINDING: ciaddr is ours, no requested address or server id (table 4). */
  private void sendLeaseRequest(int destination, long now, long deadline) {
    output.send(message(DhcpMessage.REQUEST, now, lease.address().address().value(), 0, 0),
        destination);
    long wait = Math.max(MIN_RENEW_RETRY_SECONDS * SECOND, (deadline - now) / 2);
    retransmitAt = Math.min(deadline, now + wait);
  }

  private DhcpMessage message(int type, long now, int clientAddress, int requested,
      int serverId) {
    int secs = (int) Math.min(0xFFFF, Math.max(0, (now - startedAt) / SECOND));
    // Without an address the client cannot take unicast replies, so asks for broadcast ones.
    boolean broadcast = clientAddress == 0;
    return new DhcpMessage(DhcpMessage.BOOTREQUEST, xid, secs, broadcast, clientAddress, 0, 0,
        0, mac, type, 0, 0, List.of(), -1, serverId, requested,
        type == DhcpMessage.DECLINE ? List.of() : PARAMETERS, -1, -1); // table 5
  }

  /** 4, 8, 16, 32, 64, 64... seconds, plus or minus up to one second. */
  private long backoff() {
    long base = (4L << Math.min(attempt, 4)) * SECOND;
    long jitter = Math.floorMod(random.nextLong(), 2 * SECOND + 1) - SECOND;
    return base + jitter;
  }

  private void bind(DhcpMessage ack) {
    int server = ack.serverId() != 0 ? ack.serverId()
        : lease != null ? lease.server() : offer != null ? offer.serverId() : 0;
    long seconds = ack.leaseSeconds() >= 0 ? ack.leaseSeconds() : DhcpMessage.INFINITE;
    Ipv4Cidr address = Ipv4Cidr.of(Ipv4Address.of(ack.yourAddress()),
        prefixLength(ack.subnetMask(), ack.yourAddress()));
    int gateway = ack.router() != 0 && address.contains(ack.router())
        && ack.router() != ack.yourAddress() ? ack.router() : 0;
    lease = new Dhcp.Lease(address, gateway, ack.dnsServers(), server, seconds);
    state = DhcpState.BOUND;
    retransmitAt = NEVER;
    if (seconds == DhcpMessage.INFINITE) {
      renewAt = rebindAt = expireAt = NEVER;
    } else {
      // Times count from when the request that earned this ACK was sent (section 4.4.1).
      long t1 = ack.renewalSeconds() >= 0 ? ack.renewalSeconds() : seconds / 2;
      long t2 = ack.rebindingSeconds() >= 0 ? ack.rebindingSeconds() : seconds * 7 / 8;
      t2 = Math.min(t2, seconds);
      t1 = Math.min(t1, t2);
      renewAt = requestSentAt + t1 * SECOND;
      rebindAt = requestSentAt + t2 * SECOND;
      expireAt = requestSentAt + seconds * SECOND;
    }
    output.bound(lease);
  }

  /** The mask's prefix length; the address's class when the mask is absent or not contiguous. */
  static int prefixLength(int mask, int address) {
    int prefix = Integer.bitCount(mask);
    if (mask != 0 && mask == -1 << (32 - prefix)) {
      return prefix;
    }
    int first = address >>> 24;
    return first < 128 ? 8 : first < 192 ? 16 : 24;
  }
}

package dev.kiln.xen.net;

import dev.kiln.xen.bus.Frontend;
import dev.kiln.xen.bus.XenbusState;
import dev.kiln.xen.grant.GrantTable;
import dev.kiln.xen.memory.Hypervisor;
import dev.kiln.xen.memory.SharedMemory;
import dev.kiln.xen.ring.FrontRing;
import java.util.EnumSet;

/**
 * Kiln's Xen network frontend ({@code io/netif.h}): a transmit and a receive ring, one event
 * channel, and a fixed set of buffer pages granted to the backend once and reused, one frame
 * per page (no scatter-gather, no offloads, receive by copy).
 *
 * <p>Transmit slot (12 bytes): grant reference (32 bits), offset, flags, id, size (16 each);
 * transmit response: id, status (16 each). Receive slot: id, pad (16 each), grant reference (32);
 * receive response: id, offset, flags, status (16 each; a positive status is the length).
 */
public final class Netfront {
  static final int TX_SLOT = 12;
  static final int RX_SLOT = 8;
  static final int STATUS_OKAY = 0;
  static final int RX_MORE_DATA = 1 << 2;
  static final int TX_BUFFERS = 64;
  static final int RX_BUFFERS = 64;
  /** The largest frame: 1500 bytes of payload and the Ethernet header. */
  static final int MAX_FRAME = 1514;

  private final Hypervisor hypervisor;
  private final Frontend frontend;
  private final GrantTable grants;
  private final FrontRing tx;
  private final FrontRing rx;
  private final int port;
  private final byte[] mac;
  private final SharedMemory[] txPages = new SharedMemory[TX_BUFFERS];
  private final int[] txRefs = new int[TX_BUFFERS];
  private final int[] txFree = new int[TX_BUFFERS];
  private int txFreeCount;
  private final SharedMemory[] rxPages = new SharedMemory[RX_BUFFERS];
  private final int[] rxRefs = new int[RX_BUFFERS];
  private final int[] ringRefs = new int[2];

  /**
   * Connects to the backend of {@code frontend}: grants the rings and buffers, publishes them
   * and the event channel, and waits for the backend to connect.
   *
   * @throws IllegalStateException if the backend does not connect before the deadline
   */
  public Netfront(Hypervisor hypervisor, GrantTable grants, Frontend frontend,
      long deadlineNanos) {
    this.hypervisor = hypervisor;
    this.frontend = frontend;
    this.grants = grants;
    this.mac = parseMac(frontend.store().read(frontend.node() + "/mac"));
    int backend = frontend.backendDomain();

    frontend.awaitBackend(EnumSet.of(XenbusState.INIT_WAIT, XenbusState.INITIALISED,
        XenbusState.CONNECTED), deadlineNanos);
    SharedMemory txPage = hypervisor.allocatePage();
    SharedMemory rxPage = hypervisor.allocatePage();
    tx = new FrontRing(txPage, TX_SLOT);
    rx = new FrontRing(rxPage, RX_SLOT);
    ringRefs[0] = grants.grant(backend, txPage.frame(0), false);
    ringRefs[1] = grants.grant(backend, rxPage.frame(0), false);
    for (int i = 0; i < TX_BUFFERS; i++) {
      txPages[i] = hypervisor.allocatePage();
      txRefs[i] = grants.grant(backend, txPages[i].frame(0), true);
      txFree[txFreeCount++] = i;
    }
    for (int i = 0; i < RX_BUFFERS; i++) {
      rxPages[i] = hypervisor.allocatePage();
      rxRefs[i] = grants.grant(backend, rxPages[i].frame(0), false);
      postReceive(i);
    }
    rx.push();
    rx.armAndCheck();
    tx.armAndCheck();
    port = hypervisor.allocateUnboundPort(backend);
    publish();
    frontend.awaitBackend(EnumSet.of(XenbusState.CONNECTED), deadlineNanos);
  }

  private void publish() {
    var store = frontend.store();
    String node = frontend.node();
    while (true) {
      int t = store.startTransaction();
      store.write(t, node + "/tx-ring-ref", Integer.toString(ringRefs[0]));
      store.write(t, node + "/rx-ring-ref", Integer.toString(ringRefs[1]));
      store.write(t, node + "/event-channel", Integer.toString(port));
      store.write(t, node + "/request-rx-copy", "1");
      store.write(t, node + "/feature-rx-notify", "1");
      store.write(t, node + "/feature-sg", "0");
      store.write(t, node + "/state", Integer.toString(XenbusState.CONNECTED.number()));
      if (store.endTransaction(t, true)) {
        return;
      }
    }
  }

  public byte[] mac() {
    return mac.clone();
  }

  public int mtu() {
    return MAX_FRAME - 14;
  }

  /** The event channel shared with the backend. */
  public int port() {
    return port;
  }

  /**
   * Queues one frame. Returns false if every transmit buffer is still with the backend.
   *
   * @throws IllegalArgumentException if the frame is empty or longer than {@link #MAX_FRAME}
   */
  public boolean send(byte[] frame, int off, int len) {
    if (len <= 0 || len > MAX_FRAME || off < 0 || off > frame.length - len) {
      throw new IllegalArgumentException("frame of " + len + " bytes at " + off
          + " does not fit " + MAX_FRAME + " bytes or the buffer");
    }
    reclaimTransmitted();
    if (txFreeCount == 0 || tx.freeSlots() == 0) {
      return false;
    }
    int id = txFree[--txFreeCount];
    txPages[id].copyIn(0, frame, off, len);
    SharedMemory ring = tx.page();
    int slot = tx.nextRequest();
    ring.putInt(slot, txRefs[id]);
    ring.putShort(slot + 4, 0);
    ring.putShort(slot + 6, 0);
    ring.putShort(slot + 8, id);
    ring.putShort(slot + 10, len);
    if (tx.push()) {
      hypervisor.notify(port);
    }
    return true;
  }

  /**
   * Copies the next received frame to {@code buffer} and returns its length, or -1 if none
   * waits. Frames the backend flagged as failed or split are dropped.
   */
  public int receive(byte[] buffer, int off) {
    while (true) {
      if (!rx.hasResponse() && !rx.armAndCheck()) {
        return -1;
      }
      SharedMemory ring = rx.page();
      int slot = rx.takeResponse();
      int id = ring.getShort(slot);
      int offset = ring.getShort(slot + 2);
      int flags = ring.getShort(slot + 4);
      int status = (short) ring.getShort(slot + 6);
      if (id >= RX_BUFFERS) {
        throw new IllegalStateException("backend answered unknown receive buffer " + id);
      }
      int length = -1;
      if (status > 0 && (flags & RX_MORE_DATA) == 0 && offset + status <= SharedMemory.PAGE_SIZE
          && status <= buffer.length - off) {
        rxPages[id].copyOut(offset, buffer, off, status);
        length = status;
      }
      postReceive(id);
      if (rx.push()) {
        hypervisor.notify(port);
      }
      if (length >= 0) {
        return length;
      }
    }
  }

  /** Whether a received frame waits. */
  public boolean hasReceived() {
    return rx.hasResponse();
  }

  private void postReceive(int id) {
    SharedMemory ring = rx.page();
    int slot = rx.nextRequest();
    ring.putShort(slot, id);
    ring.putShort(slot + 2, 0);
    ring.putInt(slot + 4, rxRefs[id]);
  }

  private void reclaimTransmitted() {
    SharedMemory ring = tx.page();
    while (tx.hasResponse() || tx.armAndCheck()) {
      int slot = tx.takeResponse();
      int id = ring.getShort(slot);
      if (id >= TX_BUFFERS) {
        throw new IllegalStateException("backend answered unknown transmit buffer " + id);
      }
      txFree[txFreeCount++] = id;
    }
  }

  /** The value of one or two hex digits, or -1. */
  private static int hex(String digits) {
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  static byte[] parseMac(String text) {
    String[] parts = text.trim().split(":");
    if (parts.length != 6) {
      throw new IllegalArgumentException("'" + text + "' is not a MAC address");
    }
    byte[] mac = new byte[6];
    for (int i = 0; i < 6; i++) {
      int value = parts[i].isEmpty() || parts[i].length() > 2 ? -1 : hex(parts[i]);
      if (value < 0) {
        throw new IllegalArgumentException("'" + text + "' is not a MAC address");
      }
      mac[i] = (byte) value;
    }
    return mac;
  }
}

package dev.kiln.net.testing;

import dev.kiln.api.net.MacAddress;
import dev.kiln.api.net.NetDevice;

/**
 * Two devices joined by a perfect cable, for measuring a stack rather than a network: frames
 * wait in a fixed ring of preallocated slots per direction and reach the other side, in order,
 * when the test calls {@link #deliver()}, which runs the readable handlers directly. After
 * construction nothing here allocates, so what a test measures around it is the stack's own.
 */
public final class WiredPair {
  private final End a;
  private final End b;

  /** {@code slots} frames may wait in each direction; a full ring refuses frames. */
  public WiredPair(String nameA, long macA, String nameB, long macB, int mtu, int slots) {
    a = new End(nameA, macA, mtu, slots);
    b = new End(nameB, macB, mtu, slots);
    a.peer = b;
    b.peer = a;
  }

  public NetDevice a() {
    return a;
  }

  public NetDevice b() {
    return b;
  }

  /**
   * Runs both sides' readable handlers while frames wait; returns how many frames were taken.
   */
  public long deliver() {
    long before = a.taken + b.taken;
    while (a.count > 0 || b.count > 0) {
      if (a.count > 0) {
        a.readable.run();
      }
      if (b.count > 0) {
        b.readable.run();
      }
    }
    return a.taken + b.taken - before;
  }

  /** Frames refused because the receiving side's ring was full. */
  public long refused() {
    return a.refused + b.refused;
  }

  private static final class End implements NetDevice {
    private final String name;
    private final long mac;
    private final int mtu;
    private final byte[][] slots;
    private final int[] lengths;
    private End peer;
    private Runnable readable = () -> {};
    private int head;
    private int count;
    private long taken;
    private long refused;

    End(String name, long mac, int mtu, int slots) {
      this.name = name;
      this.mac = mac;
      this.mtu = mtu;
      this.slots = new byte[slots][mtu + ETHERNET_HEADER_LENGTH];
      this.lengths = new int[slots];
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public byte[] mac() {
      return MacAddress.of(mac).toBytes();
    }

    @Override
    public int mtu() {
      return mtu;
    }

    @Override
    public boolean send(byte[] frame, int off, int len) {
      if (len > mtu + ETHERNET_HEADER_LENGTH) {
        throw new IllegalArgumentException("frame of " + len + " bytes exceeds MTU " + mtu);
      }
      End to = peer;
      if (to.count == to.slots.length) {
        to.refused++;
        return false;
      }
      int tail = (to.head + to.count) % to.slots.length;
      System.arraycopy(frame, off, to.slots[tail], 0, len);
      to.lengths[tail] = len;
      to.count++;
      return true;
    }

    @Override
    public int receive(byte[] buffer, int off) {
      if (buffer.length - off < mtu + ETHERNET_HEADER_LENGTH) {
        throw new IllegalArgumentException("receive buffer too small");
      }
      if (count == 0) {
        return -1;
      }
      int len = lengths[head];
      System.arraycopy(slots[head], 0, buffer, off, len);
      head = (head + 1) % slots.length;
      count--;
      taken++;
      return len;
    }

    @Override
    public void onReadable(Runnable handler) {
      this.readable = handler;
    }
  }
}

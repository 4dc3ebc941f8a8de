package dev.kiln.net.arp;

/**
 * IPv4 packets waiting for their next hop's MAC: a fixed number of slots, each a buffer with
 * Ethernet headroom, allocated on first use and reused.
 */
final class PendingQueue {
  static final int CAPACITY = 16;

  private final int slotSize;
  private final byte[][] buffers = new byte[CAPACITY][];
  private final int[] nextHops = new int[CAPACITY];
  private final int[] lengths = new int[CAPACITY];
  private final boolean[] used = new boolean[CAPACITY];
  private int count;

  /** Each slot holds a packet of up to {@code maxPacket} bytes after {@code headroom}. */
  PendingQueue(int headroom, int maxPacket) {
    this.slotSize = headroom + maxPacket;
  }

  int size() {
    return count;
  }

  /** Copies the packet into a free slot; false if none is free. */
  boolean add(int nextHop, byte[] buffer, int offset, int length, int headroom) {
    for (int i = 0; i < CAPACITY; i++) {
      if (!used[i]) {
        if (buffers[i] == null) {
          buffers[i] = new byte[slotSize];
        }
        System.arraycopy(buffer, offset, buffers[i], headroom, length);
        nextHops[i] = nextHop;
        lengths[i] = length;
        used[i] = true;
        count++;
        return true;
      }
    }
    return false;
  }

  /** Receives each released packet. */
  interface Sink {
    void packet(byte[] buffer, int length);
  }

  /** Removes every packet for {@code nextHop}, handing each to the sink in queue order. */
  int release(int nextHop, Sink sink) {
    int released = 0;
    for (int i = 0; i < CAPACITY; i++) {
      if (used[i] && nextHops[i] == nextHop) {
        used[i] = false;
        count--;
        released++;
        if (sink != null) {
          sink.packet(buffers[i], lengths[i]);
        }
      }
    }
    return released;
  }

  boolean waitingFor(int nextHop) {
    for (int i = 0; i < CAPACITY; i++) {
      if (used[i] && nextHops[i] == nextHop) {
        return true;
      }
    }
    return false;
  }
}

package dev.kiln.net.ipv4;

import dev.kiln.api.net.Ethernet;
import java.util.Arrays;

/**
 * Fragment reassembly after RFC 815: each datagram in progress keeps a list of holes (byte ranges
 * still missing), starting as one hole from 0 to "infinity"; each fragment removes the part of
 * every hole it covers and leaves at most two smaller holes; the datagram is whole when no hole
 * is left. The last fragment (more-fragments clear) fixes the length.
 *
 * <p>Limits: {@link #MAX_DATAGRAMS} in progress, {@link #MEMORY_LIMIT} bytes of buffers in all,
 * {@link #MAX_HOLES} holes each, and {@link #TIMEOUT_SECONDS} from the first fragment. A datagram
 * that breaks a limit, or whose fragments contradict its length, is dropped whole. Buffers are kept
 * for reuse, so a steady stream of fragmented datagrams allocates nothing.
 */
final class Reassembly {
  static final int MAX_DATAGRAMS = 4;
  static final int MEMORY_LIMIT = 192 * 1024;
  static final int TIMEOUT_SECONDS = 30;
  static final long TIMEOUT_NANOS = TIMEOUT_SECONDS * 1_000_000_000L;
  static final int MAX_HOLES = 16;
  /** The reassembled datagram's header goes here, with Ethernet headroom in front of it. */
  static final int HEADER_OFFSET = Ethernet.HEADROOM;
  static final int PAYLOAD_OFFSET = HEADER_OFFSET + Ipv4View.MIN_HEADER_LENGTH;
  private static final int MAX_PAYLOAD = 0xFFFF - Ipv4View.MIN_HEADER_LENGTH;
  private static final int INFINITY = Integer.MAX_VALUE;

  /** Receives each whole datagram; the header is at {@link #HEADER_OFFSET}. */
  interface Sink {
    void datagram(byte[] buffer, int payloadLength);
  }

  private final boolean[] used = new boolean[MAX_DATAGRAMS];
  private final int[] sources = new int[MAX_DATAGRAMS];
  private final int[] destinations = new int[MAX_DATAGRAMS];
  private final int[] protocols = new int[MAX_DATAGRAMS];
  private final int[] identifications = new int[MAX_DATAGRAMS];
  private final long[] deadlines = new long[MAX_DATAGRAMS];
  private final int[] payloadLengths = new int[MAX_DATAGRAMS];
  private final byte[][] buffers = new byte[MAX_DATAGRAMS][];
  private final int[][] holeFirsts = new int[MAX_DATAGRAMS][MAX_HOLES];
  private final int[][] holeLasts = new int[MAX_DATAGRAMS][MAX_HOLES];
  private final int[] holeCounts = new int[MAX_DATAGRAMS];
  /** The highest payload byte received so far, per datagram. */
  private final int[] highestBytes = new int[MAX_DATAGRAMS];
  private int memory;
  private long dropped;
  private long timedOut;

  /**
   * Adds the fragment in {@code view}. Returns the deadline of a newly started datagram (for the
   * caller to schedule {@link #expire}), or 0.
   */
  long add(Ipv4View view, byte[] buffer, long now, Sink sink) {
    expire(now);
    int slot = find(view);
    long started = 0;
    if (slot < 0) {
      slot = start(view, now);
      if (slot < 0) {
        dropped++;
        return 0;
      }
      started = deadlines[slot];
    }
    int first = view.fragmentOffset();
    int length = view.payloadLength();
    boolean more = view.moreFragments();
    int last = first + length - 1;
    if ((more && (length == 0 || length % 8 != 0)) || last >= MAX_PAYLOAD
        || (payloadLengths[slot] >= 0 && (last >= payloadLengths[slot]
            || (!more && last + 1 != payloadLengths[slot])))
        || (!more && highestBytes[slot] > last)) {
      drop(slot);
      return started;
    }
    if (length > 0 && !ensureCapacity(slot, PAYLOAD_OFFSET + last + 1)) {
      drop(slot);
      return started;
    }
    if (!more) {
      payloadLengths[slot] = last + 1;
    }
    highestBytes[slot] = Math.max(highestBytes[slot], last);
    if (!fillHoles(slot, first, last, more)) {
      drop(slot);
      return started;
    }
    if (length > 0) {
      System.arraycopy(buffer, view.payloadOffset(), buffers[slot], PAYLOAD_OFFSET + first,
          length);
    }
    if (holeCounts[slot] == 0) {
      int payloadLength = payloadLengths[slot];
      Ipv4View.write(0, Ipv4View.MIN_HEADER_LENGTH + payloadLength, identifications[slot], false,
          false, 0, view.ttl(), protocols[slot], sources[slot], destinations[slot],
          buffers[slot], HEADER_OFFSET);
      used[slot] = false;
      sink.datagram(buffers[slot], payloadLength);
    }
    return started;
  }

  /** Drops every datagram whose time is up. */
  void expire(long now) {
    for (int i = 0; i < MAX_DATAGRAMS; i++) {
      if (used[i] && deadlines[i] - now <= 0) {
        used[i] = false;
        timedOut++;
      }
    }
  }

  int inProgress() {
    int count = 0;
    for (boolean slot : used) {
      if (slot) {
        count++;
      }
    }
    return count;
  }

  int memory() {
    return memory;
  }

  long dropped() {
    return dropped;
  }

  long timedOut() {
    return timedOut;
  }

  private boolean fillHoles(int slot, int first, int last, boolean more) {
    int[] firsts = holeFirsts[slot];
    int[] lasts = holeLasts[slot];
    int count = holeCounts[slot];
    int i = 0;
    while (i < count) {
      int holeFirst = firsts[i];
      int holeLast = lasts[i];
      if (!more && holeLast > last) {
        // The last fragment ends the datagram: nothing can be missing beyond it.
        holeLast = last;
      }
      if (first > holeLast || last < holeFirst) {
        if (holeLast < holeFirst) {
          count = removeHole(firsts, lasts, count, i);
          continue;
        }
        lasts[i] = holeLast;
        i++;
        continue;
      }
      count = removeHole(firsts, lasts, count, i);
      if (first > holeFirst) {
        if (count == MAX_HOLES) {
          return false;
        }
        firsts[count] = holeFirst;
        lasts[count++] = first - 1;
      }
      if (last < holeLast) {
        if (count == MAX_HOLES) {
          return false;
        }
        firsts[count] = last + 1;
        lasts[count++] = holeLast;
      }
    }
    holeCounts[slot] = count;
    return true;
  }

  private static int removeHole(int[] firsts, int[] lasts, int count, int index) {
    firsts[index] = firsts[count - 1];
    lasts[index] = lasts[count - 1];
    return count - 1;
  }

  private int find(Ipv4View view) {
    for (int i = 0; i < MAX_DATAGRAMS; i++) {
      if (used[i] && identifications[i] == view.identification()
          && sources[i] == view.source() && destinations[i] == view.destination()
          && protocols[i] == view.protocol()) {
        return i;
      }
    }
    return -1;
  }

  private int start(Ipv4View view, long now) {
    for (int i = 0; i < MAX_DATAGRAMS; i++) {
      if (!used[i]) {
        used[i] = true;
        sources[i] = view.source();
        destinations[i] = view.destination();
        protocols[i] = view.protocol();
        identifications[i] = view.identification();
        deadlines[i] = now + TIMEOUT_NANOS;
        payloadLengths[i] = -1;
        highestBytes[i] = -1;
        holeFirsts[i][0] = 0;
        holeLasts[i][0] = INFINITY;
        holeCounts[i] = 1;
        return i;
      }
    }
    return -1;
  }

  private void drop(int slot) {
    used[slot] = false;
    dropped++;
  }

  private boolean ensureCapacity(int slot, int needed) {
    byte[] buffer = buffers[slot];
    int current = buffer == null ? 0 : buffer.length;
    if (current >= needed) {
      return true;
    }
    int size = Math.min(PAYLOAD_OFFSET + MAX_PAYLOAD, Math.max(needed, current * 2));
    if (memory - current + size > MEMORY_LIMIT) {
      releaseIdleBuffers();
      if (memory - current + size > MEMORY_LIMIT) {
        size = needed;
        if (memory - current + size > MEMORY_LIMIT) {
          return false;
        }
      }
    }
    buffers[slot] = buffer == null ? new byte[size] : Arrays.copyOf(buffer, size);
    memory += size - current;
    return true;
  }

  private void releaseIdleBuffers() {
    for (int i = 0; i < MAX_DATAGRAMS; i++) {
      if (!used[i] && buffers[i] != null) {
        memory -= buffers[i].length;
        buffers[i] = null;
      }
    }
  }
}

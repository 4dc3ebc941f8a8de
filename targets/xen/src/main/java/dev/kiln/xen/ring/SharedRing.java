package dev.kiln.xen.ring;

import dev.kiln.xen.memory.SharedMemory;

/**
 * The layout of Xen's one-page request/response ring ({@code io/ring.h}): four 32-bit indices
 * (request producer, request event, response producer, response event), padding to 64 bytes,
 * then a power-of-two number of slots, each big enough for a request or a response.
 */
public final class SharedRing {
  static final int REQ_PROD = 0;
  static final int REQ_EVENT = 4;
  static final int RSP_PROD = 8;
  static final int RSP_EVENT = 12;
  /** Where the slots start. */
  public static final int HEADER_SIZE = 64;

  private SharedRing() {}

  /** Slots in a one-page ring of {@code slotSize}-byte slots: the largest power of two that fits. */
  public static int slots(int slotSize) {
    if (slotSize <= 0 || slotSize > SharedMemory.PAGE_SIZE - HEADER_SIZE) {
      throw new IllegalArgumentException("slot size " + slotSize + " does not fit a page");
    }
    return Integer.highestOneBit((SharedMemory.PAGE_SIZE - HEADER_SIZE) / slotSize);
  }

  /** Whether a side that moved its producer from {@code old} to {@code now} must notify. */
  static boolean needsNotify(int old, int now, int event) {
    // Unsigned, wrapping: the other side asked to hear of index `event`, which lies in (old, now].
    return Integer.compareUnsigned(now - event, now - old) < 0;
  }
}

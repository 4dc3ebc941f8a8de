package dev.kiln.xen.grant;

import dev.kiln.xen.memory.SharedMemory;

/**
 * This domain's grant table (v1 entries): lets a backend domain map or copy one of our pages.
 *
 * <p>An entry is 8 bytes: flags (16 bits), the domain allowed (16), the frame (32). The frame and
 * domain are written first and the flags last, after a fence, so a backend never sees a
 * half-written entry; revoking atomically clears the flags unless the backend is using the page.
 * References below {@value #FIRST_FREE} are reserved for the toolstack (console, XenStore).
 */
public final class GrantTable {
  /** {@code GTF_permit_access}: the named domain may map or copy the frame. */
  public static final int PERMIT_ACCESS = 1;
  /** {@code GTF_readonly}: only for reading. */
  public static final int READ_ONLY = 1 << 2;
  /** {@code GTF_reading}: set by Xen while the backend has the frame mapped for reading. */
  public static final int READING = 1 << 3;
  /** {@code GTF_writing}: set by Xen while the backend has the frame mapped for writing. */
  public static final int WRITING = 1 << 4;
  /** First reference a guest may use. */
  public static final int FIRST_FREE = 8;
  static final int ENTRY_SIZE = 8;

  private final SharedMemory table;
  private final int entries;
  private final int[] nextFree;
  private int freeHead;
  private int inUse;

  public GrantTable(SharedMemory table) {
    this.table = table;
    this.entries = table.size() / ENTRY_SIZE;
    if (entries <= FIRST_FREE) {
      throw new IllegalArgumentException("a grant table needs more than " + FIRST_FREE
          + " entries, got " + entries);
    }
    nextFree = new int[entries];
    for (int ref = FIRST_FREE; ref < entries; ref++) {
      nextFree[ref] = ref + 1 < entries ? ref + 1 : -1;
    }
    freeHead = FIRST_FREE;
  }

  /** How many more grants can be made. */
  public int available() {
    return entries - FIRST_FREE - inUse;
  }

  /**
   * Lets {@code domain} access guest frame {@code frame}; returns the grant reference to hand
   * it.
   *
   * @throws IllegalStateException when every entry is in use
   */
  public int grant(int domain, long frame, boolean readOnly) {
    if (domain < 0 || domain > 0xffff) {
      throw new IllegalArgumentException("domain id " + domain + " is not 16 bits");
    }
    if (frame <= 0 || frame > 0xffffffffL) {
      throw new IllegalArgumentException("frame " + frame + " does not fit a v1 grant entry");
    }
    if (freeHead < 0) {
      throw new IllegalStateException("grant table full: all " + (entries - FIRST_FREE)
          + " entries in use");
    }
    int ref = freeHead;
    freeHead = nextFree[ref];
    inUse++;
    int at = ref * ENTRY_SIZE;
    table.putShort(at + 2, domain);
    table.putInt(at + 4, (int) frame);
    table.fence();
    table.putShort(at, PERMIT_ACCESS | (readOnly ? READ_ONLY : 0));
    return ref;
  }

  /**
   * Ends a grant. Returns false, leaving it in place, while the backend still has the frame
   * mapped; the caller must try again later and not reuse the page until then.
   */
  public boolean revoke(int ref) {
    checkGranted(ref);
    int at = ref * ENTRY_SIZE;
    int flags = table.getShort(at);
    if ((flags & (READING | WRITING)) != 0) {
      return false;
    }
    int seen = table.compareAndExchangeShort(at, flags, 0);
    if (seen != flags) {
      return false; // the backend mapped it in between
    }
    nextFree[ref] = freeHead;
    freeHead = ref;
    inUse--;
    return true;
  }

  private void checkGranted(int ref) {
    if (ref < FIRST_FREE || ref >= entries || (table.getShort(ref * ENTRY_SIZE) & PERMIT_ACCESS) == 0) {
      throw new IllegalArgumentException("grant reference " + ref + " is not granted");
    }
  }
}

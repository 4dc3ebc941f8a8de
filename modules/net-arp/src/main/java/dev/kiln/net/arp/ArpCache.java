package dev.kiln.net.arp;

/**
 * IPv4-to-MAC entries with expiry times, in fixed arrays. When full, a new entry replaces the one
 * that expires first. Times are monotonic nanoseconds passed in by the caller.
 */
public final class ArpCache {
  public static final int CAPACITY = 64;

  private final int[] addresses = new int[CAPACITY];
  private final long[] macs = new long[CAPACITY];
  private final long[] expiries = new long[CAPACITY];
  private final boolean[] used = new boolean[CAPACITY];

  /** The MAC for the address if it has an entry that has not expired at {@code now}, else -1. */
  public long lookup(int address, long now) {
    int slot = find(address);
    if (slot < 0) {
      return -1;
    }
    if (expiries[slot] - now <= 0) {
      used[slot] = false;
      return -1;
    }
    return macs[slot];
  }

  /** True if the address has a live entry at {@code now}. */
  public boolean contains(int address, long now) {
    return lookup(address, now) >= 0;
  }

  /** Adds or refreshes an entry. */
  public void put(int address, long mac, long expiry) {
    int slot = find(address);
    if (slot < 0) {
      slot = freeSlot();
    }
    addresses[slot] = address;
    macs[slot] = mac;
    expiries[slot] = expiry;
    used[slot] = true;
  }

  /** Number of entries, live or not yet noticed to have expired. */
  public int size() {
    int count = 0;
    for (boolean slot : used) {
      if (slot) {
        count++;
      }
    }
    return count;
  }

  private int find(int address) {
    for (int i = 0; i < CAPACITY; i++) {
      if (used[i] && addresses[i] == address) {
        return i;
      }
    }
    return -1;
  }

  private int freeSlot() {
    int soonest = 0;
    for (int i = 0; i < CAPACITY; i++) {
      if (!used[i]) {
        return i;
      }
      if (expiries[i] - expiries[soonest] < 0) {
        soonest = i;
      }
    }
    return soonest;
  }
}

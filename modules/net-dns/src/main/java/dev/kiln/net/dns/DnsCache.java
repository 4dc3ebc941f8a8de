package dev.kiln.net.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers kept for as long as their TTL allows (RFC 1035 section 7.4), at most {@value
 * #CAPACITY} names; when full, the entry that expires soonest makes room.
 */
final class DnsCache {
  static final int CAPACITY = 32;

  private record Entry(String name, int[] addresses, long expiresAt) {}

  private final List<Entry> entries = new ArrayList<>();

  /** The cached addresses for the name, or null if none are fresh at {@code now}. */
  int[] lookup(String name, long now) {
    String key = key(name);
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.name().equals(key)) {
        if (entry.expiresAt() > now) {
          return entry.addresses().clone();
        }
        entries.remove(i);
        return null;
      }
    }
    return null;
  }

  /** Keeps the addresses until {@code expiresAt}; a TTL of zero is not cached. */
  void put(String name, int[] addresses, long now, long expiresAt) {
    if (expiresAt <= now) {
      return;
    }
    String key = key(name);
    entries.removeIf(entry -> entry.name().equals(key) || entry.expiresAt() <= now);
    if (entries.size() == CAPACITY) {
      int soonest = 0;
      for (int i = 1; i < entries.size(); i++) {
        if (entries.get(i).expiresAt() < entries.get(soonest).expiresAt()) {
          soonest = i;
        }
      }
      entries.remove(soonest);
    }
    entries.add(new Entry(key, addresses.clone(), expiresAt));
  }

  int size() {
    return entries.size();
  }

  private static String key(String name) {
    return DnsName.strip(name).toLowerCase(Locale.ROOT);
  }
}

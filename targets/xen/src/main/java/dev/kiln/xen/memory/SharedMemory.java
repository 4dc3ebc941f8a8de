package dev.kiln.xen.memory;

/**
 * A run of whole guest pages that a backend may see: a shared ring, a granted buffer, the grant
 * table. Offsets count from its first byte; multi-byte values are little-endian, and each store
 * is a single access of its width, as the other side expects.
 */
public interface SharedMemory {
  int PAGE_SIZE = 4096;

  /** Bytes in this memory, a multiple of {@link #PAGE_SIZE}. */
  int size();

  /** The guest frame number of the page holding {@code offset}. */
  long frame(int offset);

  int getByte(int offset);

  int getShort(int offset);

  int getInt(int offset);

  long getLong(int offset);

  void putByte(int offset, int value);

  void putShort(int offset, int value);

  void putInt(int offset, int value);

  void putLong(int offset, long value);

  /** Atomically replaces the 16 bits at {@code offset} if they equal {@code expected}; returns the bits seen. */
  int compareAndExchangeShort(int offset, int expected, int value);

  void copyIn(int offset, byte[] source, int sourceOffset, int length);

  void copyOut(int offset, byte[] target, int targetOffset, int length);

  /** A full memory barrier: every access before it is seen before every access after it. */
  void fence();
}

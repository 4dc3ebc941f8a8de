package dev.kiln.net.tcp;

/** A connection's bytes written but not yet acknowledged: a ring, oldest byte at the head. */
final class SendBuffer {
  private final byte[] data;
  private int head;
  private int length;

  SendBuffer(int capacity) {
    data = new byte[capacity];
  }

  int length() {
    return length;
  }

  int free() {
    return data.length - length;
  }

  int capacity() {
    return data.length;
  }

  /** Appends as much as fits; returns how much that was. */
  int write(byte[] source, int off, int len) {
    int n = Math.min(len, free());
    int tail = (head + length) % data.length;
    int first = Math.min(n, data.length - tail);
    System.arraycopy(source, off, data, tail, first);
    System.arraycopy(source, off + first, data, 0, n - first);
    length += n;
    return n;
  }

  /** Copies {@code len} bytes starting {@code from} bytes after the head. */
  void copy(int from, byte[] target, int off, int len) {
    int start = (head + from) % data.length;
    int first = Math.min(len, data.length - start);
    System.arraycopy(data, start, target, off, first);
    System.arraycopy(data, 0, target, off + first, len - first);
  }

  /** Forgets the oldest {@code n} bytes (acknowledged). */
  void drop(int n) {
    head = (head + n) % data.length;
    length -= n;
  }

  void clear() {
    head = 0;
    length = 0;
  }
}

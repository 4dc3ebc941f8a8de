package dev.kiln.net.tcp;

/**
 * A connection's received bytes: a ring of bytes in order waiting to be read, and behind them, in
 * the same ring, out-of-order bytes waiting for the gap before them to fill. Out-of-order data is
 * kept as up to {@link #MAX_RANGES} sequence ranges; a segment that would need more is dropped
 * (the sender retransmits it).
 */
final class ReceiveBuffer {
  static final int MAX_RANGES = 8;

  private final byte[] data;
  private int head;
  private int readable;
  private final int[] rangeStart = new int[MAX_RANGES];
  private final int[] rangeEnd = new int[MAX_RANGES];
  private int ranges;

  ReceiveBuffer(int capacity) {
    data = new byte[capacity];
  }

  int readable() {
    return readable;
  }

  /** Space behind the readable bytes: the receive window. */
  int free() {
    return data.length - readable;
  }

  int capacity() {
    return data.length;
  }

  int outOfOrderRanges() {
    return ranges;
  }

  /**
   * Stores {@code len} bytes of sequence {@code seq}, which lies at or after {@code next} (the
   * next sequence number expected) and ends within the window. Returns by how much {@code next}
   * advances (0 for data after a gap), or -1 if the data was dropped.
   */
  int receive(int next, int seq, byte[] source, int off, int len) {
    int gap = seq - next;
    if (gap > 0 && !addRange(seq, seq + len)) {
      return -1;
    }
    int position = (head + readable + gap) % data.length;
    int first = Math.min(len, data.length - position);
    System.arraycopy(source, off, data, position, first);
    System.arraycopy(source, off + first, data, 0, len - first);
    if (gap > 0) {
      return 0;
    }
    int end = next + len;
    // Ranges are sorted and disjoint: take every one the new data reaches.
    int taken = 0;
    while (taken < ranges && Seq.le(rangeStart[taken], end)) {
      if (Seq.gt(rangeEnd[taken], end)) {
        end = rangeEnd[taken];
      }
      taken++;
    }
    removeFirst(taken);
    readable += end - next;
    return end - next;
  }

  private boolean addRange(int start, int end) {
    int i = 0;
    while (i < ranges && Seq.lt(rangeEnd[i], start)) {
      i++;
    }
    // Merge with every range that overlaps or touches [start, end).
    int j = i;
    while (j < ranges && Seq.le(rangeStart[j], end)) {
      if (Seq.lt(rangeStart[j], start)) {
        start = rangeStart[j];
      }
      if (Seq.gt(rangeEnd[j], end)) {
        end = rangeEnd[j];
      }
      j++;
    }
    int merged = j - i;
    if (merged == 0 && ranges == MAX_RANGES) {
      return false;
    }
    int shift = 1 - merged;
    System.arraycopy(rangeStart, j, rangeStart, j + shift, ranges - j);
    System.arraycopy(rangeEnd, j, rangeEnd, j + shift, ranges - j);
    rangeStart[i] = start;
    rangeEnd[i] = end;
    ranges += shift;
    return true;
  }

  private void removeFirst(int n) {
    System.arraycopy(rangeStart, n, rangeStart, 0, ranges - n);
    System.arraycopy(rangeEnd, n, rangeEnd, 0, ranges - n);
    ranges -= n;
  }

  int read(byte[] target, int off, int len) {
    int n = Math.min(len, readable);
    int first = Math.min(n, data.length - head);
    System.arraycopy(data, head, target, off, first);
    System.arraycopy(data, 0, target, off + first, n - first);
    head = (head + n) % data.length;
    readable -= n;
    return n;
  }

  void clear() {
    head = 0;
    readable = 0;
    ranges = 0;
  }
}

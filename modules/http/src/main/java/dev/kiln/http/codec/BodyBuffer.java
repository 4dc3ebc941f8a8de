package dev.kiln.http.codec;

/**
 * A request body being received: a byte array that grows (doubling) as the body needs, never
 * beyond a maximum. Kept from request to request, except that an array grown beyond {@code
 * retain} bytes is let go after the request, so idle connections do not hold large buffers.
 */
public final class BodyBuffer {
  private static final int INITIAL = 1024;
  private static final byte[] EMPTY = new byte[0];

  private final int max;
  private final int retain;
  private byte[] data = EMPTY;
  private int length;

  public BodyBuffer(int max, int retain) {
    if (max < 0 || retain < 0) {
      throw new IllegalArgumentException("negative body buffer bound");
    }
    this.max = max;
    this.retain = retain;
  }

  public int max() {
    return max;
  }

  public byte[] array() {
    return data;
  }

  public int length() {
    return length;
  }

  /** Bytes the body can still grow by. */
  public int remaining() {
    return max - length;
  }

  /**
   * Makes room for {@code count} more bytes at {@link #length()}; false if that would pass the
   * maximum.
   */
  public boolean reserve(int count) {
    if (count > max - length) {
      return false;
    }
    int needed = length + count;
    if (needed > data.length) {
      int size = Math.max(INITIAL, data.length);
      while (size < needed) {
        size = size > max / 2 ? max : size * 2;
      }
      byte[] larger = new byte[Math.min(Math.max(size, needed), max)];
      System.arraycopy(data, 0, larger, 0, length);
      data = larger;
    }
    return true;
  }

  /** Appends bytes; false (and nothing appended) if that would pass the maximum. */
  public boolean append(byte[] source, int offset, int count) {
    if (!reserve(count)) {
      return false;
    }
    System.arraycopy(source, offset, data, length, count);
    length += count;
    return true;
  }

  /** Counts {@code count} bytes written directly into {@link #array()} at {@link #length()}. */
  public void advance(int count) {
    if (count < 0 || length + count > data.length) {
      throw new IllegalArgumentException("advance past the reserved space: " + count);
    }
    length += count;
  }

  /** Empties the body, letting go of an array larger than the retained size. */
  public void clear() {
    length = 0;
    if (data.length > retain) {
      data = EMPTY;
    }
  }
}

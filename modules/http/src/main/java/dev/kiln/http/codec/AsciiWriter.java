package dev.kiln.http.codec;

/**
 * Writes ASCII text and decimal numbers into a region of a byte array, for response heads. Past the
 * region's end it writes nothing more and reports {@link #overflowed()}.
 */
public final class AsciiWriter {
  private byte[] buffer;
  private int position;
  private int limit;
  private boolean overflowed;

  public AsciiWriter reset(byte[] buffer, int start, int limit) {
    this.buffer = buffer;
    this.position = start;
    this.limit = limit;
    this.overflowed = false;
    return this;
  }

  public int position() {
    return position;
  }

  public boolean overflowed() {
    return overflowed;
  }

  /** Characters below 256, one byte each (callers check header text before). */
  public AsciiWriter text(CharSequence text) {
    int length = text.length();
    if (!room(length)) {
      return this;
    }
    for (int i = 0; i < length; i++) {
      buffer[position++] = (byte) text.charAt(i);
    }
    return this;
  }

  public AsciiWriter bytes(byte[] bytes, int offset, int length) {
    if (room(length)) {
      System.arraycopy(bytes, offset, buffer, position, length);
      position += length;
    }
    return this;
  }

  public AsciiWriter decimal(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    if (!room(digits)) {
      return this;
    }
    for (int i = position + digits - 1; i >= position; i--) {
      buffer[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    position += digits;
    return this;
  }

  public AsciiWriter crlf() {
    if (room(2)) {
      buffer[position++] = '\r';
      buffer[position++] = '\n';
    }
    return this;
  }

  private boolean room(int count) {
    if (overflowed || count > limit - position) {
      overflowed = true;
      return false;
    }
    return true;
  }
}

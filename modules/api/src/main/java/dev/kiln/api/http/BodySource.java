package dev.kiln.api.http;

/**
 * Produces a response body piece by piece, pulled by the server as the connection can take more
 * (so a large body never has to be in memory at once, and a slow client slows the source).
 */
@FunctionalInterface
public interface BodySource {
  /**
   * Copies the next bytes of the body into {@code buffer} at {@code offset}, at most {@code
   * length} (always at least 1). Returns how many it copied (at least 1), or -1 at the end of the
   * body.
   */
  int read(byte[] buffer, int offset, int length);

  /** A source reading {@code length} bytes of {@code bytes} from {@code offset}; not copied. */
  static BodySource of(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || offset > bytes.length - length) {
      throw new IndexOutOfBoundsException("range " + offset + "+" + length + " of " + bytes.length);
    }
    return new BodySource() {
      private int position = offset;
      private final int end = offset + length;

      @Override
      public int read(byte[] buffer, int at, int max) {
        if (position >= end) {
          return -1;
        }
        int count = Math.min(max, end - position);
        System.arraycopy(bytes, position, buffer, at, count);
        position += count;
        return count;
      }
    };
  }
}

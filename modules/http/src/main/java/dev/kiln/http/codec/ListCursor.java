package dev.kiln.http.codec;

/**
 * Walks the elements of a comma-separated field value (RFC 9110 5.6.1) in place: each element
 * trimmed of spaces and tabs, empty elements skipped. Reusable; allocates nothing.
 */
public final class ListCursor {
  private byte[] buffer;
  private int position;
  private int end;
  private int elementStart;
  private int elementEnd;

  public ListCursor reset(byte[] buffer, int start, int end) {
    this.buffer = buffer;
    this.position = start;
    this.end = end;
    return this;
  }

  /** Moves to the next non-empty element; false when there is none. */
  public boolean next() {
    while (position < end) {
      int s = position;
      while (position < end && buffer[position] != ',') {
        position++;
      }
      int e = position;
      position++; // past the comma
      while (s < e && (buffer[s] == ' ' || buffer[s] == '\t')) {
        s++;
      }
      while (e > s && (buffer[e - 1] == ' ' || buffer[e - 1] == '\t')) {
        e--;
      }
      if (s < e) {
        elementStart = s;
        elementEnd = e;
        return true;
      }
    }
    return false;
  }

  public int start() {
    return elementStart;
  }

  public int end() {
    return elementEnd;
  }

  public boolean is(CharSequence token) {
    return Ascii.equalsIgnoreCase(buffer, elementStart, elementEnd, token);
  }
}

package dev.kiln.http.codec;

/**
 * Bounds on a request head.
 *
 * @param maxRequestLine bytes of the request line, without its line ending (beyond: 414)
 * @param maxHeaders header fields (beyond: 431)
 * @param maxHeaderBytes bytes of all header field lines, line endings included (beyond: 431)
 */
public record HeadLimits(int maxRequestLine, int maxHeaders, int maxHeaderBytes) {
  /** Empty lines tolerated before a request line (RFC 9112 2.2), as bytes. */
  public static final int MAX_LEADING_EMPTY_BYTES = 8;

  public HeadLimits {
    if (maxRequestLine < 16 || maxHeaders < 1 || maxHeaderBytes < 16) {
      throw new IllegalArgumentException("request head limits too small: line " + maxRequestLine
          + ", headers " + maxHeaders + ", header bytes " + maxHeaderBytes);
    }
  }

  /** The buffer size that holds the largest head these limits accept. */
  public int bufferSize() {
    return MAX_LEADING_EMPTY_BYTES + maxRequestLine + 2 + maxHeaderBytes + 2;
  }
}

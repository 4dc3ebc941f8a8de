package dev.kiln.http;

import dev.kiln.http.codec.HeadLimits;

/**
 * The server's bounds. Times in nanoseconds.
 *
 * @param maxConnections connections served at once; more are answered 503 and closed
 * @param head bounds on request lines and header sections (414, 431)
 * @param maxBodyBytes bytes of a request body, after chunked decoding (beyond: 413)
 * @param headerTimeoutNanos time from a request's first byte until its head is complete (408);
 *     also how long a closing connection may linger before it is aborted
 * @param idleTimeoutNanos time a connection may go without progress: between requests (then it
 *     is closed), while a body arrives (408), or while the client does not take the response
 *     (then it is aborted)
 * @param accessLog whether each request is logged on the console
 */
public record HttpConfig(int maxConnections, HeadLimits head, int maxBodyBytes,
    long headerTimeoutNanos, long idleTimeoutNanos, boolean accessLog) {
  public static final long MILLISECOND = 1_000_000L;
  public static final HttpConfig DEFAULT = new HttpConfig(128, new HeadLimits(4096, 64, 8192),
      1 << 20, 10_000 * MILLISECOND, 60_000 * MILLISECOND, true);

  public HttpConfig {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("http.max-connections below 1: " + maxConnections);
    }
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("http.max-body-bytes below 0: " + maxBodyBytes);
    }
    if (headerTimeoutNanos <= 0 || idleTimeoutNanos <= 0) {
      throw new IllegalArgumentException("HTTP timeouts must be positive");
    }
  }

  public HttpConfig withMaxConnections(int value) {
    return new HttpConfig(value, head, maxBodyBytes, headerTimeoutNanos, idleTimeoutNanos,
        accessLog);
  }

  public HttpConfig withHead(HeadLimits value) {
    return new HttpConfig(maxConnections, value, maxBodyBytes, headerTimeoutNanos,
        idleTimeoutNanos, accessLog);
  }

  public HttpConfig withMaxBodyBytes(int value) {
    return new HttpConfig(maxConnections, head, value, headerTimeoutNanos, idleTimeoutNanos,
        accessLog);
  }

  public HttpConfig withTimeouts(long headerNanos, long idleNanos) {
    return new HttpConfig(maxConnections, head, maxBodyBytes, headerNanos, idleNanos, accessLog);
  }

  public HttpConfig withAccessLog(boolean value) {
    return new HttpConfig(maxConnections, head, maxBodyBytes, headerTimeoutNanos,
        idleTimeoutNanos, value);
  }
}

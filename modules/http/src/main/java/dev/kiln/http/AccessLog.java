package dev.kiln.http;

import dev.kiln.api.net.TcpConnection;

/**
 * Formats access log lines, one per answered request, into a reused builder:
 * {@code http: 10.0.0.1:50312 GET /index.html 200 5120 0.214ms} (client, method, path, status,
 * body bytes sent, time from the request's first byte to the response's last), with {@code -}
 * for a method or path that could not be parsed.
 */
final class AccessLog {
  /** Characters of a path that are logged; a longer one ends in "...". */
  static final int MAX_PATH = 200;

  private final StringBuilder line = new StringBuilder(128);

  CharSequence format(TcpConnection connection, byte[] buffer, int methodStart, int methodEnd,
      int pathStart, int pathEnd, int status, long bytes, long nanos, boolean aborted) {
    line.setLength(0);
    client(line, connection);
    line.append(' ');
    range(buffer, methodStart, methodEnd, 16);
    line.append(' ');
    range(buffer, pathStart, pathEnd, MAX_PATH);
    line.append(' ').append(status).append(' ').append(bytes).append(' ');
    long micros = nanos / 1000;
    line.append(micros / 1000).append('.');
    long fraction = micros % 1000;
    if (fraction < 100) {
      line.append('0');
    }
    if (fraction < 10) {
      line.append('0');
    }
    line.append(fraction).append("ms");
    if (aborted) {
      line.append(" aborted");
    }
    return line;
  }

  static String rejection(TcpConnection connection) {
    StringBuilder text = new StringBuilder(64);
    client(text, connection);
    return text.append(" - - 503 20 0.000ms connection limit reached").toString();
  }

  private static void client(StringBuilder text, TcpConnection connection) {
    int address = connection.remoteAddress();
    text.append("http: ").append(address >>> 24).append('.').append(address >>> 16 & 0xFF)
        .append('.').append(address >>> 8 & 0xFF).append('.').append(address & 0xFF).append(':')
        .append(connection.remotePort());
  }

  private void range(byte[] buffer, int start, int end, int max) {
    if (buffer == null || end <= start) {
      line.append('-');
      return;
    }
    int stop = Math.min(end, start + max);
    for (int i = start; i < stop; i++) {
      line.append((char) (buffer[i] & 0xFF));
    }
    if (stop < end) {
      line.append("...");
    }
  }
}

package dev.kiln.http.codec;

import dev.kiln.api.http.HttpStatus;

/**
 * What a parsed head says about its message and connection (RFC 9112 6, 9.3; RFC 9110 7.2,
 * 10.1.1): how the body is delimited, whether the connection persists, and whether the client waits
 * for {@code 100 Continue}. Reused request after request.
 */
public final class RequestFraming {
  /** The body's delimitation. */
  public enum Body { NONE, LENGTH, CHUNKED }

  private final ListCursor cursor = new ListCursor();
  private Body body;
  private long contentLength;
  private boolean keepAlive;
  private boolean expectContinue;

  /**
   * Reads the framing of {@code head}. Returns 0 if the request can be served, else the status
   * to answer it with: 400 (no or several Host fields in HTTP/1.1, a malformed or conflicting
   * length, chunked not last), 413 (a Content-Length above {@code maxBody}), 417 (an expectation
   * other than 100-continue), 501 (a transfer coding other than chunked).
   */
  public int read(RequestHead head, long maxBody) {
    body = Body.NONE;
    contentLength = 0;
    expectContinue = false;
    keepAlive = false;
    boolean sawClose = false;
    boolean sawKeepAlive = false;
    byte[] buffer = head.buffer();
    int hosts = 0;
    int lengths = 0;
    boolean transferEncoding = false;
    boolean unknownCoding = false;
    boolean chunkedLast = false;
    for (int i = 0; i < head.headerCount(); i++) {
      int nameStart = head.nameStart(i);
      int nameEnd = head.nameEnd(i);
      int valueStart = head.valueStart(i);
      int valueEnd = head.valueEnd(i);
      if (Ascii.equalsIgnoreCase(buffer, nameStart, nameEnd, "host")) {
        hosts++;
      } else if (Ascii.equalsIgnoreCase(buffer, nameStart, nameEnd, "content-length")) {
        cursor.reset(buffer, valueStart, valueEnd);
        if (!cursor.next()) {
          return HttpStatus.BAD_REQUEST;
        }
        do {
          long value = decimal(buffer, cursor.start(), cursor.end());
          if (value < 0 || (lengths > 0 && value != contentLength)) {
            return HttpStatus.BAD_REQUEST;
          }
          contentLength = value;
          lengths++;
        } while (cursor.next());
      } else if (Ascii.equalsIgnoreCase(buffer, nameStart, nameEnd, "transfer-encoding")) {
        transferEncoding = true;
        cursor.reset(buffer, valueStart, valueEnd);
        while (cursor.next()) {
          if (chunkedLast) {
            return HttpStatus.BAD_REQUEST; // chunked applied more than once, or not last
          }
          if (cursor.is("chunked")) {
            chunkedLast = true;
          } else {
            unknownCoding = true;
          }
        }
      } else if (Ascii.equalsIgnoreCase(buffer, nameStart, nameEnd, "connection")) {
        cursor.reset(buffer, valueStart, valueEnd);
        while (cursor.next()) {
          if (cursor.is("close")) {
            sawClose = true;
          } else if (cursor.is("keep-alive")) {
            sawKeepAlive = true;
          }
        }
      } else if (Ascii.equalsIgnoreCase(buffer, nameStart, nameEnd, "expect")) {
        if (!Ascii.equalsIgnoreCase(buffer, valueStart, valueEnd, "100-continue")) {
          return HttpStatus.EXPECTATION_FAILED;
        }
        expectContinue = head.minorVersion() >= 1;
      }
    }
    keepAlive = !sawClose && (head.minorVersion() >= 1 || sawKeepAlive);
    if (head.minorVersion() >= 1 ? hosts != 1 : hosts > 1) {
      return HttpStatus.BAD_REQUEST;
    }
    if (transferEncoding) {
      if (lengths > 0 || head.minorVersion() == 0 || !chunkedLast) {
        return HttpStatus.BAD_REQUEST;
      }
      if (unknownCoding) {
        return HttpStatus.NOT_IMPLEMENTED;
      }
      body = Body.CHUNKED;
      return 0;
    }
    if (lengths > 0) {
      if (contentLength > maxBody) {
        return HttpStatus.CONTENT_TOO_LARGE;
      }
      body = contentLength > 0 ? Body.LENGTH : Body.NONE;
    }
    return 0;
  }

  /** A run of 1 to 18 decimal digits, or -1. */
  static long decimal(byte[] buffer, int start, int end) {
    if (start == end || end - start > 18) {
      return -1;
    }
    long value = 0;
    for (int i = start; i < end; i++) {
      int digit = buffer[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  public Body body() {
    return body;
  }

  public long contentLength() {
    return contentLength;
  }

  /** Whether the connection stays open after the response (RFC 9112 9.3). */
  public boolean keepAlive() {
    return keepAlive;
  }

  /** The client sent {@code Expect: 100-continue} (HTTP/1.1 only). */
  public boolean expectContinue() {
    return expectContinue;
  }
}

package dev.kiln.http.codec;

import dev.kiln.api.http.HttpStatus;

/**
 * Parses a request head (RFC 9112 sections 2 to 5) incrementally, in place: call {@link #parse}
 * each time more bytes have arrived after the earlier ones, with the head starting at offset 0.
 * It scans each byte once, records offsets into a {@link RequestHead}, and enforces the {@link
 * HeadLimits} as soon as a line grows past them, before the rest arrives.
 *
 * <p>Strict where RFC 9112 requires it: single spaces in the request line, no whitespace before a
 * field name's colon, no obsolete line folding, no control characters. Lenient where it allows:
 * a bare LF ends a line, a few empty lines before the request line are skipped, and an HTTP/1.x
 * version above 1.1 is answered as 1.1.
 */
public final class RequestHeadParser {
  /** {@link #parse} needs more bytes. */
  public static final int NEED_MORE = 0;
  /** {@link #parse} found the whole head. */
  public static final int COMPLETE = 1;

  private final HeadLimits limits;
  private int scan;
  private int lineStart;
  private boolean requestLineDone;
  private int headerBytes;

  public RequestHeadParser(HeadLimits limits) {
    this.limits = limits;
  }

  public HeadLimits limits() {
    return limits;
  }

  /** Forgets the head parsed so far, to parse a new one from offset 0. */
  public void reset() {
    scan = 0;
    lineStart = 0;
    requestLineDone = false;
    headerBytes = 0;
  }

  /** True once some byte of the head (other than leading empty lines) has been seen. */
  public boolean started() {
    return requestLineDone || scan > lineStart;
  }

  /**
   * Parses {@code buffer[0, end)}, continuing where the last call stopped. Returns {@link
   * #NEED_MORE}, {@link #COMPLETE} (the head ends at {@link RequestHead#end()}), or the status of
   * the error: 400, 414, 431 or 505. After an error or {@code COMPLETE}, call {@link #reset}
   * before parsing again.
   */
  public int parse(byte[] buffer, int end, RequestHead head) {
    if (scan == 0 && lineStart == 0 && !requestLineDone) {
      head.clear();
    }
    head.buffer = buffer;
    while (true) {
      int lf = scan;
      while (lf < end && buffer[lf] != '\n') {
        lf++;
      }
      if (lf == end) {
        scan = end;
        int partial = end - lineStart;
        if (!requestLineDone) {
          return partial > limits.maxRequestLine() + 1 ? HttpStatus.URI_TOO_LONG : NEED_MORE;
        }
        return headerBytes + partial > limits.maxHeaderBytes() + 1
            ? HttpStatus.HEADER_FIELDS_TOO_LARGE : NEED_MORE;
      }
      int next = lf + 1;
      int lineEnd = lf > lineStart && buffer[lf - 1] == '\r' ? lf - 1 : lf;
      scan = next;
      if (!requestLineDone) {
        if (lineEnd == lineStart) {
          if (next > HeadLimits.MAX_LEADING_EMPTY_BYTES) {
            return HttpStatus.BAD_REQUEST;
          }
          lineStart = next;
          continue;
        }
        if (lineEnd - lineStart > limits.maxRequestLine()) {
          return HttpStatus.URI_TOO_LONG;
        }
        int status = requestLine(buffer, lineStart, lineEnd, head);
        if (status != COMPLETE) {
          return status;
        }
        requestLineDone = true;
        lineStart = next;
        continue;
      }
      if (lineEnd == lineStart) {
        head.end = next;
        return COMPLETE;
      }
      headerBytes += next - lineStart;
      if (headerBytes > limits.maxHeaderBytes() || head.headerCount == limits.maxHeaders()) {
        return HttpStatus.HEADER_FIELDS_TOO_LARGE;
      }
      int status = fieldLine(buffer, lineStart, lineEnd, head);
      if (status != COMPLETE) {
        return status;
      }
      lineStart = next;
    }
  }

  /** request-line = method SP request-target SP HTTP-version (RFC 9112 3). */
  private static int requestLine(byte[] buffer, int start, int end, RequestHead head) {
    int sp1 = start;
    while (sp1 < end && Ascii.isTokenChar(buffer[sp1] & 0xFF)) {
      sp1++;
    }
    if (sp1 == start || sp1 == end || buffer[sp1] != ' ') {
      return HttpStatus.BAD_REQUEST;
    }
    int targetStart = sp1 + 1;
    int sp2 = targetStart;
    while (sp2 < end && buffer[sp2] > 0x20 && buffer[sp2] < 0x7F) {
      sp2++;
    }
    if (sp2 == targetStart || sp2 == end || buffer[sp2] != ' ') {
      return HttpStatus.BAD_REQUEST;
    }
    int version = sp2 + 1;
    if (end - version != 8 || !Ascii.startsWith(buffer, version, end, "HTTP/")
        || !isDigit(buffer[version + 5]) || buffer[version + 6] != '.'
        || !isDigit(buffer[version + 7])) {
      return HttpStatus.BAD_REQUEST;
    }
    if (buffer[version + 5] != '1') {
      return HttpStatus.VERSION_NOT_SUPPORTED;
    }
    head.methodStart = start;
    head.methodEnd = sp1;
    head.method = RequestHead.method(buffer, start, sp1);
    head.targetStart = targetStart;
    head.targetEnd = sp2;
    head.minorVersion = buffer[version + 7] == '0' ? 0 : 1;
    return target(buffer, targetStart, sp2, head);
  }

  /**
   * Finds the path in origin-form ({@code /p?q}), absolute-form ({@code http://h/p?q}) or
   * asterisk-form ({@code *}) targets (RFC 9112 3.2). Other forms are accepted only for methods
   * this server does not implement, which get 501 anyway.
   */
  private static int target(byte[] buffer, int start, int end, RequestHead head) {
    int pathStart;
    if (buffer[start] == '/') {
      pathStart = start;
    } else if (end - start == 1 && buffer[start] == '*') {
      head.pathStart = start;
      head.pathEnd = end;
      return COMPLETE;
    } else if (hasScheme(buffer, start, end)) {
      pathStart = start;
      while (buffer[pathStart] != ':') {
        pathStart++;
      }
      pathStart += 3; // "://"
      int authorityStart = pathStart;
      while (pathStart < end && buffer[pathStart] != '/' && buffer[pathStart] != '?') {
        pathStart++;
      }
      if (pathStart == authorityStart) {
        return HttpStatus.BAD_REQUEST; // no host
      }
    } else if (head.method == null) {
      head.pathStart = start;
      head.pathEnd = end;
      return COMPLETE;
    } else {
      return HttpStatus.BAD_REQUEST;
    }
    int pathEnd = pathStart;
    while (pathEnd < end && buffer[pathEnd] != '?') {
      pathEnd++;
    }
    head.pathStart = pathStart;
    head.pathEnd = pathEnd;
    return COMPLETE;
  }

  private static boolean hasScheme(byte[] buffer, int start, int end) {
    int colon = start;
    while (colon < end && buffer[colon] != ':') {
      colon++;
    }
    return (Ascii.equalsIgnoreCase(buffer, start, colon, "http")
        || Ascii.equalsIgnoreCase(buffer, start, colon, "https"))
        && Ascii.startsWith(buffer, colon, end, "://");
  }

  /** field-line = field-name ":" OWS field-value OWS (RFC 9112 5). */
  private static int fieldLine(byte[] buffer, int start, int end, RequestHead head) {
    int colon = start;
    while (colon < end && Ascii.isTokenChar(buffer[colon] & 0xFF)) {
      colon++;
    }
    // Also rejects obs-fold (a line starting with whitespace) and whitespace before the colon.
    if (colon == start || colon == end || buffer[colon] != ':') {
      return HttpStatus.BAD_REQUEST;
    }
    int valueStart = colon + 1;
    int valueEnd = end;
    while (valueStart < valueEnd && isBlank(buffer[valueStart])) {
      valueStart++;
    }
    while (valueEnd > valueStart && isBlank(buffer[valueEnd - 1])) {
      valueEnd--;
    }
    for (int i = valueStart; i < valueEnd; i++) {
      if (!Ascii.isFieldValueChar(buffer[i] & 0xFF)) {
        return HttpStatus.BAD_REQUEST;
      }
    }
    int index = head.headerCount++;
    head.nameStart[index] = start;
    head.nameEnd[index] = colon;
    head.valueStart[index] = valueStart;
    head.valueEnd[index] = valueEnd;
    return COMPLETE;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t';
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }
}

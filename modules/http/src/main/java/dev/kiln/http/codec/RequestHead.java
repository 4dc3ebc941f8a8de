package dev.kiln.http.codec;

import dev.kiln.api.http.HttpMethod;

/**
 * A parsed request head: offsets into the buffer it was parsed from, which it does not copy.
 * Filled by {@link RequestHeadParser}; reused request after request.
 */
public final class RequestHead {
  private static final HttpMethod[] METHODS = HttpMethod.values();

  byte[] buffer;
  /** The method, or null when it is a token this server does not implement (e.g. CONNECT). */
  HttpMethod method;
  int methodStart;
  int methodEnd;
  int targetStart;
  int targetEnd;
  int pathStart;
  int pathEnd;
  int minorVersion;
  int headerCount;
  final int[] nameStart;
  final int[] nameEnd;
  final int[] valueStart;
  final int[] valueEnd;
  /** Where the head ends (just past its empty line). */
  int end;

  public RequestHead(int maxHeaders) {
    nameStart = new int[maxHeaders];
    nameEnd = new int[maxHeaders];
    valueStart = new int[maxHeaders];
    valueEnd = new int[maxHeaders];
  }

  /** Forgets the last head. */
  public void clear() {
    method = null;
    methodStart = methodEnd = targetStart = targetEnd = pathStart = pathEnd = 0;
    minorVersion = 0;
    headerCount = 0;
    end = 0;
  }

  public byte[] buffer() {
    return buffer;
  }

  public HttpMethod method() {
    return method;
  }

  public int methodStart() {
    return methodStart;
  }

  public int methodEnd() {
    return methodEnd;
  }

  public int targetStart() {
    return targetStart;
  }

  public int targetEnd() {
    return targetEnd;
  }

  /** The path of the target: equal to {@link #pathEnd()} for an absolute-form target without one. */
  public int pathStart() {
    return pathStart;
  }

  /** Where the path ends: at {@code ?} or at the end of the target. */
  public int pathEnd() {
    return pathEnd;
  }

  public int minorVersion() {
    return minorVersion;
  }

  public int headerCount() {
    return headerCount;
  }

  public int nameStart(int index) {
    return nameStart[index];
  }

  public int nameEnd(int index) {
    return nameEnd[index];
  }

  public int valueStart(int index) {
    return valueStart[index];
  }

  public int valueEnd(int index) {
    return valueEnd[index];
  }

  /** The offset just past the head's final empty line. */
  public int end() {
    return end;
  }

  /** The index of the first header field named {@code name} (ASCII case-insensitive), or -1. */
  public int find(String name) {
    return findFrom(0, name);
  }

  /** Like {@link #find} but starting at header index {@code from}. */
  public int findFrom(int from, String name) {
    for (int i = from; i < headerCount; i++) {
      if (Ascii.equalsIgnoreCase(buffer, nameStart[i], nameEnd[i], name)) {
        return i;
      }
    }
    return -1;
  }

  /** The header value at {@code index} as a String (ISO-8859-1, so obs-text survives). */
  public String value(int index) {
    return Ascii.string(buffer, valueStart[index], valueEnd[index]);
  }

  public String name(int index) {
    return Ascii.string(buffer, nameStart[index], nameEnd[index]);
  }

  static HttpMethod method(byte[] buffer, int start, int end) {
    for (HttpMethod candidate : METHODS) {
      if (Ascii.equals(buffer, start, end, candidate.name())) {
        return candidate;
      }
    }
    return null;
  }
}

package dev.kiln.http.codec;

/**
 * {@code If-None-Match} evaluation (RFC 9110 13.1.2): does a list of entity tags, or {@code *},
 * match a current tag by weak comparison (equal opaque tags, either or both may be weak)?
 */
public final class EntityTags {
  private EntityTags() {}

  /**
   * True if the field value {@code buffer[start, end)} is {@code *} or lists a tag weakly equal to
   * {@code etag} (as sent in {@code ETag}, e.g. {@code "abc"} or {@code W/"abc"}). A malformed
   * list matches nothing.
   */
  public static boolean noneMatchMatches(byte[] buffer, int start, int end, String etag) {
    int opaqueStart = etag.startsWith("W/") ? 2 : 0;
    int i = start;
    while (i < end) {
      while (i < end && (buffer[i] == ' ' || buffer[i] == '\t' || buffer[i] == ',')) {
        i++;
      }
      if (i == end) {
        return false;
      }
      if (buffer[i] == '*') {
        return true;
      }
      if (buffer[i] == 'W' && i + 1 < end && buffer[i + 1] == '/') {
        i += 2;
      }
      if (i == end || buffer[i] != '"') {
        return false;
      }
      int tagStart = i;
      i++;
      while (i < end && buffer[i] != '"') {
        i++;
      }
      if (i == end) {
        return false;
      }
      i++; // past the closing quote
      if (sameOpaqueTag(buffer, tagStart, i, etag, opaqueStart)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameOpaqueTag(byte[] buffer, int start, int end, String etag, int from) {
    if (end - start != etag.length() - from) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if ((buffer[i] & 0xFF) != etag.charAt(from + i - start)) {
        return false;
      }
    }
    return true;
  }
}

package dev.kiln.api.kv;

import dev.kiln.annotations.Capability;
import java.util.List;

/**
 * A read-only key-value store whose entries were fixed when the image was built: files of a
 * folder of the application's project, keyed by their relative path with {@code /} separators
 * ({@code index.html}, {@code css/site.css}). Each entry carries what an HTTP server needs to
 * serve it: its size, its MIME type and a strong entity tag, all computed at build time.
 */
@Capability(doc = "Read-only files embedded at build time, by key, with MIME types and ETags.")
public interface KvRo {
  /** The entry stored under {@code key}, or null if there is none. */
  Entry get(String key);

  /** Whether an entry is stored under {@code key}. */
  boolean exists(String key);

  /** Every key, sorted by {@link String#compareTo}; the list cannot be modified. */
  List<String> keys();

  /** One stored file. Its content never changes. */
  interface Entry {
    /** The key it is stored under. */
    String key();

    /** Its length in bytes. */
    int size();

    /** Its media type, with a charset for text ({@code text/html; charset=utf-8}). */
    String mimeType();

    /**
     * A strong entity tag (RFC 9110 section 8.8.3) derived from the content, quotes included,
     * ready for an {@code ETag} header: {@code "1f0c9e4b2a7d8e3f"}.
     */
    String etag();

    /**
     * Copies up to {@code length} bytes of the content, starting at byte {@code offset}, into
     * {@code destination} at {@code destinationOffset}. Returns how many were copied: fewer than
     * {@code length} only at the end of the content, and -1 if {@code offset} is at or past the
     * end (0 when {@code length} is 0 and {@code offset} is inside).
     *
     * @throws IndexOutOfBoundsException if {@code offset} is negative or the destination range
     *     is not inside {@code destination}
     */
    int read(int offset, byte[] destination, int destinationOffset, int length);

    /** A copy of the whole content. */
    byte[] bytes();
  }
}

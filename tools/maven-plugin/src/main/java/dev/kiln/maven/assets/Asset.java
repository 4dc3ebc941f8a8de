package dev.kiln.maven.assets;

/**
 * One file to embed, with what the build computes for it.
 *
 * @param key      its path relative to the asset folder, '/' separated
 * @param mimeType its media type, from {@link MimeTypes}
 * @param etag     its quoted strong entity tag, from {@link ETags}
 * @param content  its bytes
 */
public record Asset(String key, String mimeType, String etag, byte[] content) {
  /** The asset of {@code content} stored under {@code key}. */
  public static Asset of(String key, byte[] content) {
    return new Asset(key, MimeTypes.of(key), ETags.of(content), content);
  }
}

package dev.kiln.maven.assets;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Strong entity tags (RFC 9110 section 8.8.3) from content: the first 16 hex digits (64 bits) of
 * the content's SHA-256, in quotes. Same bytes, same tag, on every build.
 */
public final class ETags {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ETags() {}

  public static String of(byte[] content) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    StringBuilder tag = new StringBuilder(18).append('"');
    for (int i = 0; i < 8; i++) {
      tag.append(HEX[(digest[i] >> 4) & 0xf]).append(HEX[digest[i] & 0xf]);
    }
    return tag.append('"').toString();
  }
}

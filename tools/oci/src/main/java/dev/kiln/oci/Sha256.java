package dev.kiln.oci;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A SHA-256 content digest in the OCI spelling {@code sha256:<64 lowercase hex digits>}. */
public record Sha256(String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
  private static final String PREFIX = "sha256:";

  public Sha256 {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("not a SHA-256 digest: " + hex);
    }
  }

  /** Parses {@code sha256:<hex>}, rejecting other algorithms and malformed values. */
  public static Sha256 parse(String digest) {
    if (digest == null || !digest.startsWith(PREFIX)) {
      throw new IllegalArgumentException(
          "unsupported digest " + digest + ": only sha256:<hex> is written and read here");
    }
    return new Sha256(digest.substring(PREFIX.length()));
  }

  public static Sha256 of(byte[] content) {
    return new Sha256(HexFormat.of().formatHex(newDigest().digest(content)));
  }

  public static Sha256 of(Path file) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read; (read = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, read);
      }
    }
    return new Sha256(HexFormat.of().formatHex(digest.digest()));
  }

  static Sha256 of(MessageDigest finished) {
    return new Sha256(HexFormat.of().formatHex(finished.digest()));
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return PREFIX + hex;
  }
}

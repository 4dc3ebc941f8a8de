package dev.kiln.maven.assets;

/**
 * Which relative paths make valid keys. A key is what an HTTP server maps a URL path to, so it is
 * kept to characters a URL path carries unescaped (RFC 3986 section 3.3: unreserved, sub-delims,
 * ':' and '@'), in segments separated by '/'; no segment is empty, "." or "..".
 */
public final class AssetKeys {
  /** The longest key, in characters. */
  public static final int MAX_LENGTH = 1024;

  private static final String PUNCTUATION = "-._~!$&'()*+,;=:@";

  private AssetKeys() {}

  /** Why {@code key} is not a valid key, or null if it is. */
  public static String problem(String key) {
    if (key.isEmpty()) {
      return "it is empty";
    }
    if (key.length() > MAX_LENGTH) {
      return "it is " + key.length() + " characters long; the limit is " + MAX_LENGTH;
    }
    for (String segment : key.split("/", -1)) {
      if (segment.isEmpty()) {
        return "it has an empty path segment";
      }
      if (segment.equals(".") || segment.equals("..")) {
        return "it has a \"" + segment + "\" segment";
      }
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!allowed(c)) {
        return "character " + describe(c) + " at index " + i + " is not allowed; keys use"
            + " letters, digits and " + PUNCTUATION + " in segments separated by '/'";
      }
    }
    return null;
  }

  private static boolean allowed(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '/' || PUNCTUATION.indexOf(c) >= 0;
  }

  private static String describe(char c) {
    if (c > ' ' && c < 0x7f) {
      return "'" + c + "'";
    }
    return String.format("U+%04X", (int) c);
  }
}

package dev.kiln.http.codec;

/** Byte-level ASCII helpers over buffer ranges, allocation-free except {@link #string}. */
public final class Ascii {
  private Ascii() {}

  /** tchar of RFC 9110 5.6.2. */
  public static boolean isTokenChar(int c) {
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
      return true;
    }
    switch (c) {
      case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
      case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
      default:
        return false;
    }
  }

  /** field-vchar, SP or HTAB (RFC 9110 5.5): what a field value may hold. */
  public static boolean isFieldValueChar(int c) {
    return c == '\t' || (c >= 0x20 && c != 0x7F);
  }

  public static boolean isToken(CharSequence text) {
    if (text.length() == 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isTokenChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  public static boolean equals(byte[] buffer, int start, int end, CharSequence text) {
    if (end - start != text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if ((buffer[start + i] & 0xFF) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  public static boolean startsWith(byte[] buffer, int start, int end, CharSequence text) {
    if (end - start < text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if ((buffer[start + i] & 0xFF) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  public static boolean equalsIgnoreCase(byte[] buffer, int start, int end, CharSequence text) {
    if (end - start != text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (lower(buffer[start + i] & 0xFF) != lower(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  public static boolean equalsIgnoreCase(CharSequence a, CharSequence b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (lower(a.charAt(i)) != lower(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The bytes as ISO-8859-1 characters. */
  public static String string(byte[] buffer, int start, int end) {
    char[] chars = new char[end - start];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) (buffer[start + i] & 0xFF);
    }
    return new String(chars);
  }

}

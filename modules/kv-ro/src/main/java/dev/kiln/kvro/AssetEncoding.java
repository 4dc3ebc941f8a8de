package dev.kiln.kvro;

/**
 * How the build carries file bytes inside Java string constants, which reach every target: the
 * JVM's class files and TeaVM's C string pool alike.
 *
 * <p>The bytes are read as one big-endian bit stream, 15 bits per character; each character is
 * {@value #FIRST_CHAR} plus those 15 bits, so every character lies in U+0100..U+80FF. That range
 * holds no ASCII (nothing to escape in Java source), no surrogates and no NUL (TeaVM's C backend
 * writes such strings as C string literals of {@code \}{@code uXXXX} escapes, which C requires to
 * be at least U+00A0), and costs 2 bytes of image per 15 bits. The last character of a chunk is
 * padded with zero bits. A chunk holds at most {@value #CHUNK_BYTES} bytes, so its at most
 * {@value #CHUNK_CHARS} characters stay below the class file's limit of 65,535 bytes per
 * constant (3 bytes each in modified UTF-8).
 */
public final class AssetEncoding {
  /** The character that stands for 15 zero bits. */
  public static final int FIRST_CHAR = 0x100;

  /** Bits carried by one character. */
  public static final int BITS_PER_CHAR = 15;

  /** Bytes in every chunk of a file but the last. A multiple of 15, so chunks end on a character. */
  public static final int CHUNK_BYTES = 40_950;

  /** Characters of a full chunk. */
  public static final int CHUNK_CHARS = CHUNK_BYTES * 8 / BITS_PER_CHAR;

  private AssetEncoding() {}

  /** Characters that carry {@code bytes} bytes. */
  public static int charsFor(int bytes) {
    return (int) (((long) bytes * 8 + BITS_PER_CHAR - 1) / BITS_PER_CHAR);
  }

  /**
   * Decodes the first {@code count} bytes carried by {@code chunk} into {@code destination} at
   * {@code offset}.
   *
   * @throws IllegalArgumentException if the chunk is too short or holds a character outside the
   *     encoding's range
   */
  public static void decode(String chunk, byte[] destination, int offset, int count) {
    if (chunk.length() < charsFor(count)) {
      throw new IllegalArgumentException("an embedded chunk of " + chunk.length()
          + " characters cannot carry " + count + " bytes");
    }
    int bits = 0;
    int pending = 0;
    int next = 0;
    int end = offset + count;
    for (int i = offset; i < end; i++) {
      if (pending < 8) {
        int value = chunk.charAt(next++) - FIRST_CHAR;
        if (value < 0 || value >= 1 << BITS_PER_CHAR) {
          throw new IllegalArgumentException("an embedded chunk holds character U+"
              + Integer.toHexString(value + FIRST_CHAR) + " at " + (next - 1)
              + ", outside the asset encoding");
        }
        bits = (bits << BITS_PER_CHAR) | value;
        pending += BITS_PER_CHAR;
      }
      pending -= 8;
      destination[i] = (byte) (bits >>> pending);
      bits &= (1 << pending) - 1;
    }
  }
}

package dev.kiln.maven.assets;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns file bytes into string constants, the inverse of {@code dev.kiln.kvro.AssetEncoding}
 * (which documents the format): 15 bits per character, each character U+0100 plus those bits, in
 * chunks of at most {@value #CHUNK_BYTES} bytes. The constants here must equal those there; the
 * round-trip test compiles generated tables against kv-ro and checks the bytes.
 */
public final class ChunkEncoder {
  static final int FIRST_CHAR = 0x100;
  static final int BITS_PER_CHAR = 15;
  /** Bytes per chunk: 2,730 groups of 15 bytes, 21,840 characters, 65,520 bytes of UTF-8. */
  public static final int CHUNK_BYTES = 40_950;

  private ChunkEncoder() {}

  /** The chunks carrying {@code content}: none for an empty file. */
  public static List<String> encode(byte[] content) {
    List<String> chunks = new ArrayList<>();
    for (int offset = 0; offset < content.length; offset += CHUNK_BYTES) {
      chunks.add(encodeChunk(content, offset, Math.min(CHUNK_BYTES, content.length - offset)));
    }
    return chunks;
  }

  private static String encodeChunk(byte[] content, int offset, int count) {
    StringBuilder chars = new StringBuilder((int) (((long) count * 8 + 14) / 15));
    int bits = 0;
    int pending = 0;
    for (int i = offset; i < offset + count; i++) {
      bits = (bits << 8) | (content[i] & 0xff);
      pending += 8;
      if (pending >= BITS_PER_CHAR) {
        pending -= BITS_PER_CHAR;
        chars.append((char) (FIRST_CHAR + (bits >>> pending)));
        bits &= (1 << pending) - 1;
      }
    }
    if (pending > 0) {
      chars.append((char) (FIRST_CHAR + (bits << (BITS_PER_CHAR - pending))));
    }
    return chars.toString();
  }
}

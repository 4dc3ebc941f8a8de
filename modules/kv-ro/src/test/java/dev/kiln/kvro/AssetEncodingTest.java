package dev.kiln.kvro;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AssetEncodingTest {
  @Test
  void aFullChunkFitsOneClassFileConstant() {
    assertThat(AssetEncoding.CHUNK_CHARS).isEqualTo(21_840);
    assertThat(AssetEncoding.CHUNK_CHARS * 3).isAtMost(65_535);
    assertThat(AssetEncoding.CHUNK_BYTES % 15).isEqualTo(0);
  }

  @Test
  void charsForRoundsUpToWholeCharacters() {
    assertThat(AssetEncoding.charsFor(0)).isEqualTo(0);
    assertThat(AssetEncoding.charsFor(1)).isEqualTo(1);
    assertThat(AssetEncoding.charsFor(2)).isEqualTo(2);
    assertThat(AssetEncoding.charsFor(15)).isEqualTo(8);
    assertThat(AssetEncoding.charsFor(16)).isEqualTo(9);
  }

  @Test
  void oneByteIsItsBitsFollowedBySevenZeroBits() {
    byte[] out = new byte[1];

    AssetEncoding.decode("\u8080", out, 0, 1);

    assertThat(out).isEqualTo(new byte[] {(byte) 0xff});
  }

  @Test
  void bitsRunAcrossCharacters() {
    // 0x01 0x02 0x03 = 00000001 00000010 00000011
    // -> 000000010000001 (0x0081) and 000000011 padded to 000000011000000 (0x00c0)
    byte[] out = new byte[5];

    AssetEncoding.decode("\u0181\u01c0", out, 1, 3);

    assertThat(out).isEqualTo(new byte[] {0, 1, 2, 3, 0});
  }

  @Test
  void fifteenBytesFillEightCharactersExactly() {
    StringBuilder chunk = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      chunk.append((char) (AssetEncoding.FIRST_CHAR + 0x7fff));
    }
    byte[] out = new byte[15];

    AssetEncoding.decode(chunk.toString(), out, 0, 15);

    for (byte b : out) {
      assertThat(b).isEqualTo((byte) 0xff);
    }
  }

  @Test
  void aShortChunkIsRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> AssetEncoding.decode("\u0100", new byte[2], 0, 2));

    assertThat(error).hasMessageThat().contains("1 characters cannot carry 2 bytes");
  }

  @Test
  void aCharacterOutsideTheRangeIsRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> AssetEncoding.decode("a", new byte[1], 0, 1));

    assertThat(error).hasMessageThat().contains("U+61 at 0");
  }
}

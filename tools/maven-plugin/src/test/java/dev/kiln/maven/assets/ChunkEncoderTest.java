package dev.kiln.maven.assets;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkEncoderTest {
  @Test
  void anEmptyFileHasNoChunks() {
    assertThat(ChunkEncoder.encode(new byte[0])).isEmpty();
  }

  @Test
  void literalEncodings() {
    assertThat(ChunkEncoder.encode(new byte[] {(byte) 0xff})).containsExactly("\u8080");
    assertThat(ChunkEncoder.encode(new byte[] {0})).containsExactly("\u0100");
    assertThat(ChunkEncoder.encode(new byte[] {1, 2, 3})).containsExactly("\u0181\u01c0");
    assertThat(ChunkEncoder.encode(new byte[] {'H', 'i', '!'})).containsExactly("\u2534\u4940");
  }

  @Test
  void everyCharacterIsInTheRangeCAndTheClassFileAccept() {
    byte[] content = new byte[100_000];
    new Random(7).nextBytes(content);
    for (int i = 0; i < 256; i++) {
      content[i] = (byte) i;
    }
    for (String chunk : ChunkEncoder.encode(content)) {
      for (int i = 0; i < chunk.length(); i++) {
        assertThat((int) chunk.charAt(i)).isIn(com.google.common.collect.Range.closed(0x100, 0x80ff));
      }
    }
  }

  @Test
  void chunksSplitAtTheLimit() {
    List<String> exact = ChunkEncoder.encode(new byte[ChunkEncoder.CHUNK_BYTES]);
    List<String> oneMore = ChunkEncoder.encode(new byte[ChunkEncoder.CHUNK_BYTES + 1]);

    assertThat(exact).hasSize(1);
    assertThat(exact.get(0).length()).isEqualTo(21_840);
    assertThat(oneMore).hasSize(2);
    assertThat(oneMore.get(0).length()).isEqualTo(21_840);
    assertThat(oneMore.get(1)).isEqualTo("\u0100");
  }

  @Test
  void aMebibyteIsTwentySixChunksEachAClassFileConstant() {
    byte[] content = new byte[1 << 20];
    new Random(1).nextBytes(content);

    List<String> chunks = ChunkEncoder.encode(content);

    assertThat(chunks).hasSize(26);
    for (String chunk : chunks) {
      assertThat(modifiedUtf8Length(chunk)).isAtMost(65_535);
    }
    // 1,048,576 - 25 * 40,950 = 24,826 bytes = 13,241 characters (198,608 bits, rounded up)
    assertThat(chunks.get(25).length()).isEqualTo(13_241);
  }

  private static int modifiedUtf8Length(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      length += c == 0 ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return length;
  }
}

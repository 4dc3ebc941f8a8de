package dev.kiln.kvro;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmbeddedFileTest {
  // "Hi!" = 0x48 0x69 0x21 -> 010010000110100 (0x2434), 100100001 padded (0x4840)
  private static final String HI = "\u2534\u4940";

  private static EmbeddedFile hi() {
    return new EmbeddedFile("a/hi.txt", "text/plain; charset=utf-8", "\"0123456789abcdef\"", 3,
        new String[] {HI});
  }

  @Test
  void carriesWhatTheBuildComputed() {
    EmbeddedFile file = hi();

    assertThat(file.key()).isEqualTo("a/hi.txt");
    assertThat(file.mimeType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(file.etag()).isEqualTo("\"0123456789abcdef\"");
    assertThat(file.size()).isEqualTo(3);
  }

  @Test
  void bytesDecodesTheContentAndReturnsACopy() {
    EmbeddedFile file = hi();

    byte[] first = file.bytes();
    first[0] = 0;

    assertThat(file.bytes()).isEqualTo(new byte[] {'H', 'i', '!'});
  }

  @Test
  void readCopiesFromAnOffsetAndStopsAtTheEnd() {
    EmbeddedFile file = hi();
    byte[] buffer = new byte[] {9, 9, 9, 9, 9};

    int count = file.read(1, buffer, 2, 3);

    assertThat(count).isEqualTo(2);
    assertThat(buffer).isEqualTo(new byte[] {9, 9, 'i', '!', 9});
  }

  @Test
  void readAtOrPastTheEndIsMinusOne() {
    EmbeddedFile file = hi();

    assertThat(file.read(3, new byte[4], 0, 4)).isEqualTo(-1);
    assertThat(file.read(70, new byte[4], 0, 4)).isEqualTo(-1);
    assertThat(file.read(2, new byte[4], 0, 0)).isEqualTo(0);
  }

  @Test
  void readOutsideTheDestinationThrows() {
    EmbeddedFile file = hi();

    assertThrows(IndexOutOfBoundsException.class, () -> file.read(0, new byte[2], 1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> file.read(-1, new byte[2], 0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> file.read(0, new byte[2], -1, 1));
  }

  @Test
  void anEmptyFileHasNoChunks() {
    EmbeddedFile empty = new EmbeddedFile("empty", "application/octet-stream", "\"e3b0c44298fc1c14\"",
        0, new String[0]);

    assertThat(empty.bytes()).isEmpty();
    assertThat(empty.read(0, new byte[1], 0, 1)).isEqualTo(-1);
  }

  @Test
  void chunksMustMatchTheSize() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> new EmbeddedFile("big", "text/plain", "\"x\"", AssetEncoding.CHUNK_BYTES + 1,
            new String[] {HI}));

    assertThat(error).hasMessageThat()
        .isEqualTo("embedded file big: 1 chunks cannot carry 40951 bytes");
  }

  @Test
  void aLaterChunkStartsAtAChunkBoundary() {
    StringBuilder zeros = new StringBuilder();
    for (int i = 0; i < AssetEncoding.CHUNK_CHARS; i++) {
      zeros.append((char) AssetEncoding.FIRST_CHAR);
    }
    EmbeddedFile file = new EmbeddedFile("two", "application/octet-stream", "\"x\"",
        AssetEncoding.CHUNK_BYTES + 3, new String[] {zeros.toString(), HI});
    byte[] tail = new byte[3];

    file.read(AssetEncoding.CHUNK_BYTES, tail, 0, 3);

    assertThat(tail).isEqualTo(new byte[] {'H', 'i', '!'});
    assertThat(file.bytes()[AssetEncoding.CHUNK_BYTES - 1]).isEqualTo(0);
  }
}

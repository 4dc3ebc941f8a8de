package dev.kiln.image;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader must reject every malformed input with its own exception, never another. */
class ElfFileTest {
  @Test
  void rejectsFilesThatAreNotElf() {
    MalformedImageException error =
        assertThrows(MalformedImageException.class, () -> ElfFile.parse("hello".getBytes()));
    assertThat(error).hasMessageThat().isEqualTo("not an ELF file");
  }

  @Test
  void rejectsATruncatedHeader() {
    byte[] bytes = {0x7f, 'E', 'L', 'F', 2, 1, 1};
    MalformedImageException error =
        assertThrows(MalformedImageException.class, () -> ElfFile.parse(bytes));
    assertThat(error).hasMessageThat().isEqualTo("truncated ELF header");
  }

  @Test
  void randomBytesBehindAnElfMagicNeverThrowAnythingElse() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(512)];
      random.nextBytes(bytes);
      if (bytes.length >= 6) {
        bytes[0] = 0x7f;
        bytes[1] = 'E';
        bytes[2] = 'L';
        bytes[3] = 'F';
        bytes[4] = 2;
        bytes[5] = 1;
      }
      try {
        Solo5Image.parse(bytes);
      } catch (MalformedImageException expected) {
        // The only acceptable failure.
      }
    }
  }
}

package dev.kiln.kvstore;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class Crc32cTest {
  @Test
  void checkValueOfTheCatalogue() {
    byte[] digits = "123456789".getBytes(StandardCharsets.US_ASCII);
    assertThat(Crc32c.of(digits, 0, digits.length)).isEqualTo(0xE3069283);
  }

  @Test
  void rfc3720Examples() {
    byte[] zeros = new byte[32];
    assertThat(Crc32c.of(zeros, 0, 32)).isEqualTo(0x8A9136AA);
    byte[] ones = new byte[32];
    Arrays.fill(ones, (byte) 0xFF);
    assertThat(Crc32c.of(ones, 0, 32)).isEqualTo(0x62A8AB43);
    byte[] ascending = new byte[32];
    for (int i = 0; i < 32; i++) {
      ascending[i] = (byte) i;
    }
    assertThat(Crc32c.of(ascending, 0, 32)).isEqualTo(0x46DD794E);
  }

  @Property(tries = 300)
  void agreesWithTheJdk(@ForAll @Size(max = 600) byte[] bytes, @ForAll int cut) {
    int offset = bytes.length == 0 ? 0 : Math.floorMod(cut, bytes.length);
    CRC32C jdk = new CRC32C();
    jdk.update(bytes, offset, bytes.length - offset);
    assertThat(Crc32c.of(bytes, offset, bytes.length - offset)).isEqualTo((int) jdk.getValue());
  }
}

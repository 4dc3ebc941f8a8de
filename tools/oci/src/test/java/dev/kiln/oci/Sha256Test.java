package dev.kiln.oci;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {
  @Test
  void digestsTheFips180TestVector() {
    assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)).toString())
        .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void parsesWhatItPrints() {
    Sha256 digest = Sha256.of(new byte[0]);
    assertThat(Sha256.parse(digest.toString())).isEqualTo(digest);
  }

  @Test
  void rejectsOtherAlgorithmsAndMalformedHex() {
    assertThrows(IllegalArgumentException.class, () -> Sha256.parse("sha512:00"));
    assertThrows(IllegalArgumentException.class, () -> Sha256.parse("sha256:ABC"));
    assertThrows(IllegalArgumentException.class, () -> Sha256.parse(null));
  }
}

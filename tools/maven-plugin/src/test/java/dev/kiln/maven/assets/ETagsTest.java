package dev.kiln.maven.assets;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ETagsTest {
  @Test
  void theFirst64BitsOfSha256InQuotes() {
    // SHA-256("") = e3b0c442 98fc1c14 ..., SHA-256("abc") = ba7816bf 8f01cfea ... (FIPS 180-2)
    assertThat(ETags.of(new byte[0])).isEqualTo("\"e3b0c44298fc1c14\"");
    assertThat(ETags.of("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("\"ba7816bf8f01cfea\"");
  }

  @Test
  void oneChangedByteChangesTheTag() {
    assertThat(ETags.of(new byte[] {1})).isNotEqualTo(ETags.of(new byte[] {2}));
  }
}

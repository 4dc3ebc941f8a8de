package dev.kiln.maven.assets;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class AssetKeysTest {
  @Test
  void pathsOfUrlCharactersAreKeys() {
    for (String key : new String[] {"index.html", "css/site.css", ".well-known/security.txt",
        "a-b_c~d/e!$&'()*+,;=:@.txt", "A/B/C/D", "x"}) {
      assertThat(AssetKeys.problem(key)).isNull();
    }
  }

  @Test
  void badKeysSayWhy() {
    assertThat(AssetKeys.problem("")).isEqualTo("it is empty");
    assertThat(AssetKeys.problem("a//b")).isEqualTo("it has an empty path segment");
    assertThat(AssetKeys.problem("a/../b")).isEqualTo("it has a \"..\" segment");
    assertThat(AssetKeys.problem("./b")).isEqualTo("it has a \".\" segment");
    assertThat(AssetKeys.problem("my file.html")).isEqualTo("character U+0020 at index 2 is not"
        + " allowed; keys use letters, digits and -._~!$&'()*+,;=:@ in segments separated by '/'");
    assertThat(AssetKeys.problem("100%.html")).startsWith("character '%' at index 3");
    assertThat(AssetKeys.problem("caf\u00e9.html")).startsWith("character U+00E9 at index 3");
    assertThat(AssetKeys.problem("a?b")).startsWith("character '?' at index 1");
    assertThat(AssetKeys.problem("a#b")).startsWith("character '#' at index 1");
    assertThat(AssetKeys.problem("a\\b")).startsWith("character '\\' at index 1");
    assertThat(AssetKeys.problem("x".repeat(1025))).isEqualTo(
        "it is 1025 characters long; the limit is 1024");
  }
}

package dev.kiln.examples.staticwebsite;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** How request paths map to keys of the embedded files. */
class AssetHandlerTest {
  @Test
  void aPathIsItsKeyWithoutTheLeadingSlash() {
    assertThat(AssetHandler.keyOf("/style.css")).isEqualTo("style.css");
    assertThat(AssetHandler.keyOf("/img/kiln.png")).isEqualTo("img/kiln.png");
  }

  @Test
  void aFolderMeansItsIndex() {
    assertThat(AssetHandler.keyOf("/")).isEqualTo("index.html");
    assertThat(AssetHandler.keyOf("/docs/")).isEqualTo("docs/index.html");
  }

  @Test
  void aTargetThatIsNotAPathNamesNoKey() {
    assertThat(AssetHandler.keyOf("*")).isNull();
    assertThat(AssetHandler.keyOf("")).isNull();
  }
}

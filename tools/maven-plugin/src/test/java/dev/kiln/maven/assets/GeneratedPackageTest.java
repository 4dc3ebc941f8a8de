package dev.kiln.maven.assets;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class GeneratedPackageTest {
  @Test
  void groupAndArtifactBecomeAPackage() {
    assertThat(GeneratedPackage.of("dev.kiln.examples", "static-website"))
        .isEqualTo("dev.kiln.examples.static_website");
    assertThat(GeneratedPackage.of("com.Example", "1st.app")).isEqualTo("com.example._1st.app");
    assertThat(GeneratedPackage.of("org.acme", "new")).isEqualTo("org.acme._new");
  }

  @Test
  void packageNamesAreChecked() {
    assertThat(GeneratedPackage.problem("com.example.site")).isNull();
    assertThat(GeneratedPackage.problem("com.example-site")).isNotNull();
    assertThat(GeneratedPackage.problem("com.class")).isNotNull();
    assertThat(GeneratedPackage.problem("")).isNotNull();
  }
}

package dev.kiln.blueprints.staticsite;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.kiln.annotations.Blueprint;
import org.junit.jupiter.api.Test;

/** The version in {@code @Blueprint} is the version of the artifact that ships it. */
class BlueprintVersionTest {
  @Test
  void blueprintVersionIsTheArtifactVersion() {
    String artifactVersion = System.getProperty("kiln.blueprint.artifact-version");
    assertWithMessage("blueprints/pom.xml passes the project version to the tests")
        .that(artifactVersion).isNotEmpty();
    assertThat(StaticSite.class.getAnnotation(Blueprint.class).version())
        .isEqualTo(artifactVersion);
  }
}

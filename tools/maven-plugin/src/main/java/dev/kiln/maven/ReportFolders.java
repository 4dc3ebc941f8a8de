package dev.kiln.maven;

import dev.kiln.build.image.ImageBuildException;
import dev.kiln.build.image.Toolchain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * The Maven side of {@link ReportFolderWriter}: the project's artifacts as the writer sees them,
 * and a failure as a build error naming the image.
 */
final class ReportFolders {
  /** TeaVM's artifacts whose code is translated into every native image. */
  private static final List<String> NATIVE_RUNTIME =
      List.of("teavm-classlib", "teavm-core", "teavm-interop", "teavm-platform");

  private final MavenProject project;
  private final List<Artifact> pluginArtifacts;
  private final ReportFolderWriter writer;

  ReportFolders(MavenProject project, List<Artifact> pluginArtifacts, String timestamp,
      String pluginVersion, Supplier<Toolchain> toolchain) {
    this.project = project;
    this.pluginArtifacts = pluginArtifacts;
    String version = pluginVersion;
    for (Artifact artifact : pluginArtifacts) {
      if (version == null && artifact.getArtifactId().equals("kiln-report")) {
        version = artifact.getVersion();
      }
    }
    this.writer = new ReportFolderWriter(timestamp, version == null ? "unknown" : version,
        toolchain);
  }

  void write(List<Path> reportFiles, Path output) throws MojoExecutionException {
    ReportFolderWriter.ClassPathArtifact self = new ReportFolderWriter.ClassPathArtifact(
        project.getGroupId(), project.getArtifactId(), project.getVersion(), "jar", null,
        Path.of(project.getBuild().getOutputDirectory()));
    List<ReportFolderWriter.ClassPathArtifact> dependencies = new ArrayList<>();
    for (Artifact artifact : project.getArtifacts()) {
      String scope = artifact.getScope();
      boolean runtime = scope == null || scope.equals(Artifact.SCOPE_COMPILE)
          || scope.equals(Artifact.SCOPE_RUNTIME);
      if (runtime && artifact.getFile() != null) {
        dependencies.add(of(artifact));
      }
    }
    dependencies.sort(Comparator.comparing(ReportFolderWriter.ClassPathArtifact::id));
    List<ReportFolderWriter.ClassPathArtifact> nativeRuntime = new ArrayList<>();
    for (Artifact artifact : pluginArtifacts) {
      // TeaVM's class library and runtime are translated into every native image.
      if (artifact.getGroupId().equals("org.teavm") && artifact.getFile() != null
          && NATIVE_RUNTIME.contains(artifact.getArtifactId())) {
        nativeRuntime.add(of(artifact));
      }
    }
    nativeRuntime.sort(Comparator.comparing(ReportFolderWriter.ClassPathArtifact::id));
    for (Path reportFile : reportFiles) {
      try {
        writer.write(reportFile, output, self, dependencies, nativeRuntime);
      } catch (IOException | ImageBuildException | IllegalArgumentException e) {
        throw new MojoExecutionException("Kiln: writing the component report folder for "
            + reportFile.getParent().getFileName() + " failed: " + e.getMessage(), e);
      }
    }
  }

  private static ReportFolderWriter.ClassPathArtifact of(Artifact artifact) {
    return new ReportFolderWriter.ClassPathArtifact(artifact.getGroupId(),
        artifact.getArtifactId(), artifact.getVersion(), artifact.getType(),
        artifact.getClassifier(), artifact.getFile().toPath());
  }
}

package dev.kiln.maven;

import dev.kiln.maven.assets.Asset;
import dev.kiln.maven.assets.AssetFolder;
import dev.kiln.maven.assets.AssetLimits;
import dev.kiln.maven.assets.AssetTableWriter;
import dev.kiln.maven.assets.AssetsException;
import dev.kiln.maven.assets.GeneratedPackage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Embeds a folder of the project into the application for {@code KvRo} (module kiln-kv-ro):
 * writes the Java sources of an asset table and the Kiln module that provides it to {@code
 * target/generated-sources/kiln-assets} and adds that folder to the compilation. Keys are the
 * files' paths relative to the folder; MIME types and ETags are computed here, once.
 */
@Mojo(name = "assets", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class AssetsMojo extends AbstractMojo {
  static final String DEFAULT_FOLDER = "src/main/kiln-assets";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /**
   * The folder to embed. Unset means {@code src/main/kiln-assets}, and then a missing folder gives
   * an empty table; a folder named here must exist.
   */
  @Parameter(property = "kiln.assetDirectory")
  private File assetDirectory;

  /** Where the generated sources go; the goal owns this folder and removes stale files in it. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/kiln-assets",
      required = true)
  private File outputDirectory;

  /** Package of the generated classes; unset means one derived from groupId and artifactId. */
  @Parameter(property = "kiln.assetPackage")
  private String assetPackage;

  /** The largest file embedded, in bytes. */
  @Parameter(property = "kiln.assetMaxFileBytes", defaultValue = "8388608")
  private long assetMaxFileBytes;

  /** All files together, in bytes. */
  @Parameter(property = "kiln.assetMaxTotalBytes", defaultValue = "67108864")
  private long assetMaxTotalBytes;

  /** Skips the Kiln build. */
  @Parameter(property = "kiln.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Kiln: assets skipped");
      return;
    }
    Path base = project.getBasedir().toPath();
    Path folder = assetDirectory == null ? base.resolve(DEFAULT_FOLDER) : assetDirectory.toPath();
    String shownAs = shown(base, folder);
    String packageName = assetPackage == null || assetPackage.isBlank()
        ? GeneratedPackage.of(project.getGroupId(), project.getArtifactId()) : assetPackage.trim();
    String packageProblem = GeneratedPackage.problem(packageName);
    if (packageProblem != null) {
      throw new MojoExecutionException("Kiln: <assetPackage> \"" + packageName + "\" is not a Java"
          + " package name: " + packageProblem + ". Fix: use lower-case words joined by dots.");
    }
    try {
      List<Asset> assets;
      if (assetDirectory == null && !Files.exists(folder)) {
        getLog().info("Kiln: no " + DEFAULT_FOLDER + " folder; the asset table is empty");
        assets = List.of();
      } else {
        assets = AssetFolder.read(folder, shownAs,
            new AssetLimits(assetMaxFileBytes, assetMaxTotalBytes));
      }
      Path output = outputDirectory.toPath();
      List<Path> written = AssetTableWriter.write(output, packageName, shownAs, assets);
      removeStale(output, written);
      project.addCompileSourceRoot(output.toString());
      long bytes = assets.stream().mapToLong(asset -> asset.content().length).sum();
      getLog().info("Kiln: embedded " + assets.size() + " files (" + bytes + " bytes) of "
          + shownAs + " as " + packageName + "." + AssetTableWriter.MODULE);
    } catch (AssetsException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Kiln: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Kiln: cannot write the asset table to " + outputDirectory
          + ": " + e, e);
    }
  }

  /** The folder as messages and generated sources name it: relative to the project if inside. */
  static String shown(Path base, Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    Path project = base.toAbsolutePath().normalize();
    if (absolute.startsWith(project)) {
      String relative = project.relativize(absolute).toString().replace(File.separatorChar, '/');
      return relative.isEmpty() ? "." : relative;
    }
    return absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
  }

  /** Deletes what an earlier run left in the output folder, such as a table in another package. */
  private static void removeStale(Path output, List<Path> keep) throws IOException {
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(output)) {
      walk.filter(path -> !path.equals(output) && !keep.contains(path)).forEach(stale::add);
    }
    stale.sort(Comparator.reverseOrder());
    for (Path path : stale) {
      if (!Files.isDirectory(path)) {
        Files.delete(path);
      } else {
        try (Stream<Path> children = Files.list(path)) {
          if (children.findAny().isEmpty()) {
            Files.delete(path);
          }
        }
      }
    }
  }
}

package dev.kiln.maven;

import dev.kiln.oci.DockerArchiveWriter;
import dev.kiln.oci.OciLayoutWriter;
import dev.kiln.oci.WrittenImage;
import dev.kiln.oci.urunc.UruncImageSpec;
import dev.kiln.tools.report.ImageReport;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Packages the spt and hvt images the {@code build} goal wrote as OCI images that urunc runs
 * under containerd and Kubernetes: for each, an OCI image layout {@code
 * target/oci/<image>-<target>/} and a tar {@code target/oci/<image>-<target>.tar} that {@code
 * docker load} and {@code skopeo ... docker-archive:} read. Opt in by listing the goal after
 * {@code build}; publish with {@code skopeo copy oci:target/oci/web-hvt docker://REGISTRY/web:TAG}.
 *
 * <p>The images carry urunc's {@code com.urunc.unikernel.*} annotations (manifest annotations,
 * config labels and {@code /urunc.json}) as urunc v0.7.0 documents them (commit
 * 2b645c4822610c5d0e8d4c67ee30577bb298acae of urunc-dev/urunc), the unikernel at {@code
 * /unikernel/<image>.<target>}, and the configured boot arguments as the image's command. urunc
 * adds {@code --ipv4=POD_ADDRESS/PREFIX --ipv4-gateway=GATEWAY} in front of them. Reproducible:
 * every timestamp is {@code project.build.outputTimestamp}, so the same images give the same
 * digests.
 */
@Mojo(name = "oci", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class OciMojo extends AbstractMojo {
  private static final String DEFAULT_TIMESTAMP = "2026-01-01T00:00:00Z";
  private static final List<String> TARGETS = List.of("spt", "hvt");

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The timestamp written into the images, so that builds are reproducible. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}")
  private String outputTimestamp;

  /**
   * Boot arguments ({@code --key=value}, boot-time keys of the image) every packaged image
   * starts with. Not {@code --ipv4} or {@code --ipv4-gateway} (urunc sets those) and never a
   * secret.
   */
  @Parameter
  private List<String> bootArguments = new ArrayList<>();

  /**
   * For each declared block device, by name, the disk image file (relative to the project) urunc
   * attaches to it: {@code <blockImages><storage>src/disk.img</storage></blockImages>}.
   */
  @Parameter
  private Map<String, String> blockImages = new LinkedHashMap<>();

  /** The {@code @Unikernel} images to package; all of them when empty. */
  @Parameter
  private List<String> images = new ArrayList<>();

  /** The tag prefix: an image is tagged {@code <tag>-<target>}, e.g. {@code 1.0-hvt}. */
  @Parameter(property = "kiln.oci.tag", defaultValue = "${project.version}")
  private String tag;

  /** Skips writing OCI images. */
  @Parameter(property = "kiln.oci.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Kiln: OCI images skipped");
      return;
    }
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    Path output = Path.of(project.getBuild().getDirectory());
    Instant created = timestamp();
    Map<String, Path> disks = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : blockImages.entrySet()) {
      Path disk = project.getBasedir().toPath().resolve(entry.getValue());
      if (!Files.isRegularFile(disk)) {
        throw new MojoExecutionException("Kiln: <blockImages><" + entry.getKey() + "> names "
            + disk + ", which is not a file. Fix: point it at the disk image to ship.");
      }
      disks.put(entry.getKey(), disk);
    }
    UruncImagePlanner planner = new UruncImagePlanner(bootArguments, disks);
    List<ImageReport> reports = reports(classes);
    checkSelection(reports);
    int written = 0;
    for (ImageReport report : reports) {
      if (!images.isEmpty() && !images.contains(report.image())) {
        continue;
      }
      for (String id : TARGETS) {
        ImageReport.TargetEntry target = report.target(id);
        if (target == null || !target.built()) {
          continue;
        }
        write(planner, report, target, output, created);
        written++;
      }
    }
    if (written == 0) {
      getLog().warn("Kiln: no OCI image written: no selected image is built for spt or hvt."
          + " Add dev.kiln:kiln-target-spt or kiln-target-hvt to the project.");
    }
  }

  private void write(UruncImagePlanner planner, ImageReport report,
      ImageReport.TargetEntry target, Path output, Instant created)
      throws MojoExecutionException {
    String name = report.image() + "." + target.target();
    Path file = output.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new MojoExecutionException("Kiln: " + file + " does not exist; the oci goal packages"
          + " the images the build goal writes. Fix: list <goal>build</goal> before"
          + " <goal>oci</goal> in the kiln-maven-plugin's execution.");
    }
    UruncImagePlanner.Plan plan;
    try {
      plan = planner.plan(report, target, file);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Kiln: cannot package " + name + " for urunc: "
          + e.getMessage(), e);
    }
    for (String warning : plan.warnings()) {
      getLog().warn("Kiln: " + warning);
    }
    String base = report.image() + "-" + target.target();
    String refName = tag + "-" + target.target();
    Path layout = output.resolve("oci").resolve(base);
    Path archive = output.resolve("oci").resolve(base + ".tar");
    try {
      WrittenImage image = new OciLayoutWriter()
          .write(UruncImageSpec.of(plan.image(), created, refName), layout);
      new DockerArchiveWriter().write(image,
          report.image().toLowerCase(Locale.ROOT) + ":" + refName, created, archive);
      getLog().info("Kiln: wrote " + layout + " and " + archive.getFileName() + " (manifest "
          + image.manifest().digest() + "); publish with: skopeo copy oci:" + layout + ":"
          + refName + " docker://REGISTRY/" + report.image().toLowerCase(Locale.ROOT) + ":"
          + refName);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Kiln: cannot package " + name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Kiln: writing " + layout + " failed: " + e, e);
    }
  }

  private void checkSelection(List<ImageReport> reports) throws MojoExecutionException {
    List<String> known = new ArrayList<>();
    for (ImageReport report : reports) {
      known.add(report.image());
    }
    for (String image : images) {
      if (!known.contains(image)) {
        throw new MojoExecutionException("Kiln: <images> names '" + image + "', but this"
            + " project's images are " + known + ". Fix: name one of those.");
      }
    }
  }

  private Instant timestamp() throws MojoExecutionException {
    String value = outputTimestamp == null || outputTimestamp.isBlank()
        ? DEFAULT_TIMESTAMP : outputTimestamp.trim();
    try {
      return value.matches("\\d+")
          ? Instant.ofEpochSecond(Long.parseLong(value)) : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new MojoExecutionException("Kiln: project.build.outputTimestamp \"" + value
          + "\" is neither an ISO-8601 instant nor seconds since the epoch");
    }
  }

  private static List<ImageReport> reports(Path classes) throws MojoExecutionException {
    Path kiln = classes.resolve("META-INF").resolve("kiln");
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(kiln)) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(kiln)) {
        for (Path image : entries) {
          if (Files.isRegularFile(image.resolve("components.json"))) {
            files.add(image.resolve("components.json"));
          }
        }
      } catch (IOException e) {
        throw new MojoExecutionException("Kiln: cannot list " + kiln + ": " + e.getMessage(), e);
      }
    }
    files.sort(null);
    List<ImageReport> reports = new ArrayList<>();
    for (Path file : files) {
      try {
        reports.add(ImageReport.read(file));
      } catch (IOException | IllegalArgumentException e) {
        throw new MojoExecutionException("Kiln: cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    if (reports.isEmpty()) {
      throw new MojoExecutionException("Kiln: no @Unikernel was compiled in " + classes
          + "; the oci goal packages the images of the build goal.");
    }
    return reports;
  }
}

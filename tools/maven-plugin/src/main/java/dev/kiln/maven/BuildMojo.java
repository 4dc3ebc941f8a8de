package dev.kiln.maven;

import dev.kiln.build.image.ImageBuildException;
import dev.kiln.build.image.ImageBuildResult;
import dev.kiln.build.image.Toolchain;
import dev.kiln.tools.report.ImageReport;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Builds the outputs of every {@code @Unikernel} compiled in this project: for the jvm target a
 * runnable {@code target/<image>.jar}, and for each image its component report and manifest under
 * {@code target/kiln/<image>/}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class BuildMojo extends AbstractMojo {
  private static final String DEFAULT_TIMESTAMP = "2026-01-01T00:00:00Z";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The plugin's own dependencies: the class path of the JVM that runs TeaVM. */
  @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
  private List<Artifact> pluginArtifacts;

  /** The timestamp written into outputs, so that builds are reproducible. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}")
  private String outputTimestamp;

  /** The largest Java heap of a native image, in MiB; the runtime fits it to guest memory. */
  @Parameter(property = "kiln.maxHeapMib", defaultValue = "1024")
  private int maxHeapMib;

  private Toolchain toolchain;

  private synchronized Toolchain toolchain() throws ImageBuildException {
    if (toolchain == null) {
      toolchain = Toolchain.detect();
    }
    return toolchain;
  }

  /** Skips the Kiln build. */
  @Parameter(property = "kiln.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Kiln: skipped");
      return;
    }
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    Path output = Path.of(project.getBuild().getDirectory());
    List<Path> reports = findReports(classes);
    if (reports.isEmpty()) {
      throw new MojoExecutionException("Kiln: no @Unikernel was compiled in " + classes
          + ". Fix: annotate the application class with @Unikernel and put kiln-processor"
          + " in the compiler's annotationProcessorPaths.");
    }
    List<NativeJob> nativeJobs = new ArrayList<>();
    for (Path reportFile : reports) {
      ImageReport report = readReport(reportFile);
      copyMetadata(reportFile.getParent(), output.resolve("kiln").resolve(report.image()));
      for (ImageReport.TargetEntry target : report.targets()) {
        if (!target.built()) {
          getLog().info("Kiln: " + report.image() + " is not built for " + target.target()
              + ": " + target.reason());
        } else if (target.target().equals("jvm")) {
          writeJar(report, target, classes, output);
        } else if (NativeImageBuilder.SUPPORTED.contains(target.target())) {
          nativeJobs.add(new NativeJob(report, target, reportFile));
        } else {
          getLog().warn("Kiln: " + report.image() + "." + target.target()
              + " is not built: this version of Kiln has no " + target.target() + " bindings");
        }
      }
    }
    writeNativeImages(nativeJobs, classes, output);
    new ReportFolders(project, pluginArtifacts, timestamp().toInstant().toString(),
        getClass().getPackage().getImplementationVersion(), () -> {
          try {
            return toolchain();
          } catch (ImageBuildException e) {
            return null; // no gcc: the report folder is written without size shares
          }
        }).write(reports, output);
  }

  /** One native image to build. */
  private record NativeJob(ImageReport report, ImageReport.TargetEntry target, Path reportFile) {}

  /** Builds the native images in parallel, one per core; the first failure fails the build. */
  private void writeNativeImages(List<NativeJob> jobs, Path classes, Path output)
      throws MojoExecutionException {
    if (jobs.isEmpty()) {
      return;
    }
    int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (NativeJob job : jobs) {
        running.add(pool.submit(() -> {
          writeNativeImage(job.report(), job.target(), job.reportFile(), classes, output);
          return null;
        }));
      }
      for (Future<?> future : running) {
        try {
          future.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof MojoExecutionException) {
            throw (MojoExecutionException) e.getCause();
          }
          throw new MojoExecutionException("Kiln: " + e.getCause(), e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Kiln: interrupted while building images", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private void writeNativeImage(ImageReport report, ImageReport.TargetEntry target,
      Path reportFile, Path classes, Path output) throws MojoExecutionException {
    String image = report.image() + "." + target.target();
    try {
      Toolchain toolchain = toolchain();
      List<Path> toolClassPath = new ArrayList<>();
      for (Artifact artifact : pluginArtifacts) {
        toolClassPath.add(artifact.getFile().toPath());
      }
      ImageBuildResult result = new NativeImageBuilder(toolchain, maxHeapMib, toolClassPath)
          .build(report, target, reportFile, classes, runtimeDependencies(), output);
      getLog().info("Kiln: wrote " + result.image() + " (" + result.imageBytes() + " bytes;"
          + " TeaVM " + result.teaVmTime().toMillis() + " ms, gcc " + result.gccTime().toMillis() + " ms)");
    } catch (ImageBuildException e) {
      throw new MojoExecutionException("Kiln: building " + image + " failed in step "
          + e.step() + ": " + e.detail(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Kiln: building " + image + " failed: " + e, e);
    }
  }

  private List<Path> runtimeDependencies() {
    List<Path> dependencies = new ArrayList<>();
    for (Artifact artifact : project.getArtifacts()) {
      if (isRuntime(artifact) && artifact.getFile() != null) {
        dependencies.add(artifact.getFile().toPath());
      }
    }
    dependencies.sort(null);
    return dependencies;
  }

  private void writeJar(ImageReport report, ImageReport.TargetEntry target, Path classes,
      Path output) throws MojoExecutionException {
    List<Path> dependencies = runtimeDependencies();
    Path jar = output.resolve(report.image() + ".jar");
    try {
      new RunnableJarWriter(timestamp()).write(jar, target.main(), classes, dependencies);
    } catch (IOException e) {
      throw new MojoExecutionException("Kiln: writing " + jar + " failed: " + e.getMessage(), e);
    }
    getLog().info("Kiln: wrote " + jar + " (run it with: java -jar " + jar + ")");
  }

  private static boolean isRuntime(Artifact artifact) {
    String scope = artifact.getScope();
    return scope == null || scope.equals(Artifact.SCOPE_COMPILE)
        || scope.equals(Artifact.SCOPE_RUNTIME);
  }

  private FileTime timestamp() throws MojoExecutionException {
    String value = outputTimestamp == null || outputTimestamp.isBlank()
        ? DEFAULT_TIMESTAMP : outputTimestamp.trim();
    try {
      return FileTime.from(value.matches("\\d+")
          ? Instant.ofEpochSecond(Long.parseLong(value)) : Instant.parse(value));
    } catch (DateTimeParseException e) {
      throw new MojoExecutionException("Kiln: project.build.outputTimestamp \"" + value
          + "\" is neither an ISO-8601 instant nor seconds since the epoch");
    }
  }

  private static List<Path> findReports(Path classes) throws MojoExecutionException {
    Path kiln = classes.resolve("META-INF").resolve("kiln");
    List<Path> reports = new ArrayList<>();
    if (!Files.isDirectory(kiln)) {
      return reports;
    }
    try (DirectoryStream<Path> images = Files.newDirectoryStream(kiln)) {
      for (Path image : images) {
        Path report = image.resolve("components.json");
        if (Files.isRegularFile(report)) {
          reports.add(report);
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Kiln: cannot list " + kiln + ": " + e.getMessage(), e);
    }
    reports.sort(null);
    return reports;
  }

  private static ImageReport readReport(Path file) throws MojoExecutionException {
    try {
      return ImageReport.read(file);
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoExecutionException("Kiln: cannot read " + file + ": " + e.getMessage()
          + ". Fix: rebuild with 'mvn clean package' using the same Kiln version throughout.", e);
    }
  }

  private static void copyMetadata(Path from, Path to) throws MojoExecutionException {
    try {
      Files.createDirectories(to);
      for (String name : new String[] {"components.json", "manifest.json"}) {
        Path source = from.resolve(name);
        if (Files.isRegularFile(source)) {
          Files.copy(source, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Kiln: cannot write " + to + ": " + e.getMessage(), e);
    }
  }
}

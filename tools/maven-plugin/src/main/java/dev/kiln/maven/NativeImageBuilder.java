package dev.kiln.maven;

import dev.kiln.build.image.BindingsBuilder;
import dev.kiln.build.image.ForkedTeaVmTranslator;
import dev.kiln.build.image.ImageBuildException;
import dev.kiln.build.image.ImageBuildRequest;
import dev.kiln.build.image.ImageBuildResult;
import dev.kiln.build.image.ImageBuilder;
import dev.kiln.build.image.KilnRuntimeSources;
import dev.kiln.build.image.ReportSection;
import dev.kiln.build.image.TeaVmSettings;
import dev.kiln.build.image.Toolchain;
import dev.kiln.image.ManifestSource;
import dev.kiln.image.Solo5Image;
import dev.kiln.tools.report.ImageReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds one native image, {@code target/<image>.<target>}: TeaVM on the target's boot entry,
 * Kiln's runtime and the target's bindings from the target artifacts, the manifest note from the
 * report's devices, and the report itself in section {@code .kiln.report}.
 */
final class NativeImageBuilder {
  /** Targets whose bindings this version of Kiln has. */
  static final List<String> SUPPORTED = List.of("spt", "hvt", "virtio", "xen");

  private final Toolchain toolchain;
  private final int maxHeapMib;
  private final List<Path> toolClassPath;

  /** @param toolClassPath the plugin's own class path, on which TeaVM runs in a fresh JVM */
  NativeImageBuilder(Toolchain toolchain, int maxHeapMib, List<Path> toolClassPath) {
    this.toolchain = toolchain;
    this.maxHeapMib = maxHeapMib;
    this.toolClassPath = List.copyOf(toolClassPath);
  }

  ImageBuildResult build(ImageReport report, ImageReport.TargetEntry target, Path reportFile,
      Path classes, List<Path> dependencies, Path output)
      throws IOException, ImageBuildException {
    String id = target.target();
    Path work = output.resolve("kiln").resolve(report.image()).resolve("build-" + id);
    Path sources = work.resolve("c");
    deleteTree(sources);
    PlatformSources.extract(dependencies, sources);
    Path runtime = sources.resolve("solo5");
    Path bindings = sources.resolve(id).resolve("bindings");
    Path linkerScript = sources.resolve(id).resolve(id + ".lds");
    if (!Files.isDirectory(runtime.resolve("teavm"))) {
      throw new ImageBuildException("platform", "kiln-target-solo5 is not among the dependencies;"
          + " add dev.kiln:kiln-target-" + id + " to the project");
    }
    if (!Files.isDirectory(bindings) || !Files.isRegularFile(linkerScript)) {
      throw new ImageBuildException("platform", "the " + id + " bindings are not among the"
          + " dependencies; add dev.kiln:kiln-target-" + id + " to the project");
    }
    Path include = runtime.resolve("include");

    List<Solo5Image.Device> devices = new ArrayList<>();
    for (ImageReport.DeviceEntry device : report.devices()) {
      devices.add(new Solo5Image.Device(device.name(), device.type()));
    }
    Path manifest = work.resolve("manifest.c");
    Files.writeString(manifest, ManifestSource.of(report.image(), devices),
        StandardCharsets.UTF_8);

    List<Path> bindingsSources = new ArrayList<>();
    if (Files.isDirectory(runtime.resolve("bindings-common"))) {
      bindingsSources.add(runtime.resolve("bindings-common"));
    }
    bindingsSources.add(bindings);
    Path bindingsObject =
        new BindingsBuilder(toolchain).build(bindingsSources, List.of(include), work);

    List<Path> classPath = new ArrayList<>();
    classPath.add(classes);
    classPath.addAll(dependencies);
    Path image = output.resolve(report.image() + "." + id);
    ImageBuilder builder =
        new ImageBuilder(toolchain, ForkedTeaVmTranslator.withCurrentJava(toolClassPath));
    ImageBuildResult result = builder.build(new ImageBuildRequest(
        new TeaVmSettings(target.main(), classPath, 1, maxHeapMib),
        new KilnRuntimeSources(runtime),
        List.of(manifest),
        List.of(bindingsObject),
        List.of(include),
        Optional.of(linkerScript),
        work.resolve("build"),
        image,
        true,
        List.of()));
    Path imageReport = work.resolve("image-report.json");
    Files.writeString(imageReport,
        ImageReport.forTarget(Files.readString(reportFile, StandardCharsets.UTF_8), id),
        StandardCharsets.UTF_8);
    ReportSection.embed(image, Solo5Image.REPORT_SECTION, imageReport);
    return result;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path path : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}

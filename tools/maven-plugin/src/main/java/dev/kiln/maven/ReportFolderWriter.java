package dev.kiln.maven;

import dev.kiln.build.image.ImageBuildException;
import dev.kiln.build.image.Toolchain;
import dev.kiln.tools.report.ImageReport;
import dev.kiln.tools.report.graph.CompositionGraph;
import dev.kiln.tools.report.graph.DotWriter;
import dev.kiln.tools.report.graph.SvgWriter;
import dev.kiln.tools.report.page.ExtendedComponents;
import dev.kiln.tools.report.page.ImageOutputs;
import dev.kiln.tools.report.page.ReportPage;
import dev.kiln.tools.report.sbom.CycloneDxWriter;
import dev.kiln.tools.report.size.ClassContainer;
import dev.kiln.tools.report.size.GeneratedClassIndex;
import dev.kiln.tools.report.size.ModuleIndex;
import dev.kiln.tools.report.size.ModuleOwnership;
import dev.kiln.tools.report.size.SizeShares;
import dev.kiln.tools.report.size.SymbolTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes {@code target/kiln/<image>/} after the outputs are built: {@code index.html} for people,
 * {@code components.json} (the processor's report plus output files, size shares and artifacts),
 * {@code graph.svg} and {@code graph.dot} (and one pair per built target), and {@code
 * sbom.cdx.json}.
 */
final class ReportFolderWriter {
  /** A Maven artifact on the image's class path. */
  record ClassPathArtifact(String group, String name, String version, String type,
      String classifier, Path file) {
    String id() {
      return group + ":" + name + ":" + version;
    }
  }

  private final String timestamp;
  private final String pluginVersion;
  private final Supplier<Toolchain> toolchain;

  /**
   * @param timestamp the build's fixed output timestamp (ISO-8601), the SBOM's only time
   * @param toolchain gcc for measuring native images; may return null when there is none
   */
  ReportFolderWriter(String timestamp, String pluginVersion, Supplier<Toolchain> toolchain) {
    this.timestamp = timestamp;
    this.pluginVersion = pluginVersion;
    this.toolchain = toolchain;
  }

  /**
   * @param project the project itself (its classes folder as {@code file})
   * @param dependencies the runtime dependencies, everything the jar holds
   * @param nativeRuntime artifacts of the native runtime (TeaVM's class library), in every
   *     native image
   */
  void write(Path reportFile, Path output, ClassPathArtifact project,
      List<ClassPathArtifact> dependencies, List<ClassPathArtifact> nativeRuntime)
      throws IOException, ImageBuildException {
    String processorJson = Files.readString(reportFile, StandardCharsets.UTF_8);
    ImageReport report = ImageReport.parse(processorJson);
    Path folder = output.resolve("kiln").resolve(report.image());
    Files.createDirectories(folder);

    List<ClassContainer> classPath = new ArrayList<>();
    classPath.add(ClassContainer.open(project.id(), project.file()));
    for (ClassPathArtifact dependency : dependencies) {
      classPath.add(ClassContainer.open(dependency.id(), dependency.file()));
    }
    ModuleOwnership ownership = ModuleOwnership.of(classPath, ModuleIndex.modules(classPath));

    Map<String, String> files = new LinkedHashMap<>();
    Map<String, Long> fileBytes = new LinkedHashMap<>();
    Map<String, SizeShares> sizes = new LinkedHashMap<>();
    Map<String, String> graphs = new LinkedHashMap<>();
    for (ImageReport.TargetEntry target : report.targets()) {
      if (!target.built()) {
        continue;
      }
      String id = target.target();
      String fileName = report.image() + "." + (id.equals("jvm") ? "jar" : id);
      Path file = output.resolve(fileName);
      if (Files.isRegularFile(file)) {
        files.put(id, fileName);
        fileBytes.put(id, Files.size(file));
        if (!id.equals("jvm")) {
          measure(folder.resolve("build-" + id), report.image(), id, ownership)
              .ifPresent(shares -> sizes.put(id, shares));
        }
      }
      CompositionGraph graph = CompositionGraph.of(report, target);
      String svg = SvgWriter.write(graph);
      String dot = DotWriter.write(graph);
      Files.writeString(folder.resolve("graph-" + id + ".svg"), svg, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("graph-" + id + ".dot"), dot, StandardCharsets.UTF_8);
      graphs.put(id, "graph-" + id + ".svg");
      if (graphs.size() == 1) {
        Files.writeString(folder.resolve("graph.svg"), svg, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("graph.dot"), dot, StandardCharsets.UTF_8);
      }
    }

    List<CycloneDxWriter.Component> artifacts = new ArrayList<>();
    for (ClassPathArtifact dependency : dependencies) {
      List<String> inside = new ArrayList<>();
      if (files.containsKey("jvm")) {
        inside.add(files.get("jvm"));
      }
      for (Map.Entry<String, SizeShares> native_ : sizes.entrySet()) {
        for (SizeShares.Share share : native_.getValue().shares()) {
          if (dependency.id().equals(share.artifact()) && share.bytes() > 0) {
            inside.add(files.get(native_.getKey()));
            break;
          }
        }
      }
      if (!inside.isEmpty()) {
        artifacts.add(component(dependency, inside));
      }
    }
    List<String> nativeFiles = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (!file.getKey().equals("jvm")) {
        nativeFiles.add(file.getValue());
      }
    }
    if (!nativeFiles.isEmpty()) {
      for (ClassPathArtifact runtime : nativeRuntime) {
        artifacts.add(component(runtime, nativeFiles));
      }
    }
    ImageOutputs outputs = new ImageOutputs(files, fileBytes, sizes, artifacts);
    Files.writeString(folder.resolve("components.json"),
        ExtendedComponents.write(processorJson, outputs), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("index.html"), ReportPage.write(report, outputs, graphs),
        StandardCharsets.UTF_8);
    CycloneDxWriter.Component application = new CycloneDxWriter.Component(project.group(),
        project.name(), project.version(), "jar", null, null, List.of());
    Files.writeString(folder.resolve("sbom.cdx.json"), CycloneDxWriter.write(application,
        artifacts, timestamp, "kiln-maven-plugin", pluginVersion), StandardCharsets.UTF_8);
  }

  private Optional<SizeShares> measure(Path work, String image, String target,
      ModuleOwnership ownership) throws IOException, ImageBuildException {
    Toolchain gcc = toolchain.get();
    if (gcc == null) {
      return Optional.empty();
    }
    Optional<SymbolTable> symbols = NativeSymbols.of(gcc, work, image, target);
    if (symbols.isEmpty()) {
      return Optional.empty();
    }
    GeneratedClassIndex index = GeneratedClassIndex.of(work.resolve("build").resolve("teavm"));
    return Optional.of(SizeShares.of(symbols.get(), index, ownership));
  }

  private static CycloneDxWriter.Component component(ClassPathArtifact artifact,
      List<String> inside) throws IOException {
    return new CycloneDxWriter.Component(artifact.group(), artifact.name(), artifact.version(),
        artifact.type(), artifact.classifier(), sha256(artifact.file()), List.copyOf(inside));
  }

  private static String sha256(Path file) throws IOException {
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file),
        MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

package dev.kiln.tools.report.check;

import dev.kiln.tools.report.ImageReport;
import dev.kiln.tools.report.size.ClassContainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds every output of a project's build against its report: for each image in {@code
 * target/kiln/}, each native image's linked modules and the jar's component modules must be
 * exactly the report's modules. One known exception, stated in the result: a target's platform
 * module selected only for the implicit {@code Platform} need has no code when nothing injects
 * {@code Platform} (Dagger leaves an unused binding out).
 */
public final class ReportConsistency {
  /** The chain the processor gives the platform module of every image. */
  public static final String PLATFORM_NEED =
      "Platform (the image runs on the target's platform)";

  /**
   * @param checked the outputs compared, e.g. {@code echo.spt}
   * @param mismatches one line per difference; empty when the outputs match their reports
   * @param unusedPlatformModules platform modules in a report without code in the image
   */
  public record Result(List<String> checked, List<String> mismatches,
      List<String> unusedPlatformModules) {}

  private ReportConsistency() {}

  /**
   * @param target the project's build folder
   * @param classPath the class path the outputs were built from (a test's class path will do)
   */
  public static Result check(Path target, List<ClassContainer> classPath)
      throws IOException, InterruptedException, ReflectiveOperationException {
    List<String> checked = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    List<String> unusedPlatform = new ArrayList<>();
    Path kiln = target.resolve("kiln");
    if (!Files.isDirectory(kiln)) {
      return new Result(checked, mismatches, unusedPlatform);
    }
    List<Path> folders = new ArrayList<>();
    try (DirectoryStream<Path> list = Files.newDirectoryStream(kiln)) {
      list.forEach(folders::add);
    }
    folders.sort(null);
    for (Path folder : folders) {
      Path reportFile = folder.resolve("components.json");
      if (!Files.isRegularFile(reportFile)) {
        continue;
      }
      ImageReport report =
          ImageReport.parse(Files.readString(reportFile, StandardCharsets.UTF_8));
      for (ImageReport.TargetEntry entry : report.targets()) {
        if (!entry.built()) {
          continue;
        }
        String id = entry.target();
        Set<String> reported = modules(entry);
        if (id.equals("jvm")) {
          Path jar = target.resolve(report.image() + ".jar");
          if (Files.isRegularFile(jar) && entry.component() != null) {
            checked.add(jar.getFileName().toString());
            compare(jar, reported, LinkedModules.inJar(jar, entry.component(), classPath),
                mismatches);
          }
          continue;
        }
        Path image = target.resolve(report.image() + "." + id);
        Path build = folder.resolve("build-" + id);
        Path symbols = build.resolve(report.image() + "." + id + ".symbols");
        if (!Files.isRegularFile(image) || !Files.isRegularFile(symbols)) {
          continue;
        }
        checked.add(image.getFileName().toString());
        Set<String> linked = LinkedModules.inNativeImage(build, symbols, classPath);
        for (ImageReport.ModuleEntry module : entry.modules()) {
          if (module.chain().equals(List.of(PLATFORM_NEED)) && !linked.contains(module.module())) {
            reported.remove(module.module());
            unusedPlatform.add(image.getFileName() + ": " + module.module());
          }
        }
        compare(image, reported, linked, mismatches);
      }
    }
    return new Result(checked, mismatches, unusedPlatform);
  }

  private static void compare(Path output, Set<String> reported, Set<String> found,
      List<String> mismatches) {
    for (String module : found) {
      if (!reported.contains(module)) {
        mismatches.add(output.getFileName() + ": " + module + " is inside but not in the report");
      }
    }
    for (String module : reported) {
      if (!found.contains(module)) {
        mismatches.add(output.getFileName() + ": " + module + " is in the report but not inside");
      }
    }
  }

  private static Set<String> modules(ImageReport.TargetEntry target) {
    Set<String> modules = new TreeSet<>();
    for (ImageReport.ModuleEntry module : target.modules()) {
      modules.add(module.module());
    }
    return modules;
  }
}

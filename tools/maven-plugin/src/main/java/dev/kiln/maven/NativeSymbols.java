package dev.kiln.maven;

import dev.kiln.build.image.GccInvocation;
import dev.kiln.build.image.ImageBuildException;
import dev.kiln.build.image.ImageLinker;
import dev.kiln.build.image.Toolchain;
import dev.kiln.tools.report.size.SymbolTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The symbols of a native image, for its size report. Images are stripped, so this links the
 * same objects once more without stripping (same command otherwise, so the same code is kept)
 * into {@code <image>.<target>.symbols} beside the build, and lists it with {@code nm -S}.
 */
final class NativeSymbols {
  private NativeSymbols() {}

  /**
   * @param work the image's build folder, {@code target/kiln/<image>/build-<target>}
   * @return the symbols, or empty when the build folder does not have the expected layout
   */
  static Optional<SymbolTable> of(Toolchain toolchain, Path work, String image, String target)
      throws IOException, ImageBuildException {
    Path objectDir = work.resolve("build").resolve("obj");
    Path bindings = work.resolve("bindings.o");
    Path linkerScript = work.resolve("c").resolve(target).resolve(target + ".lds");
    if (!Files.isDirectory(objectDir) || !Files.isRegularFile(bindings)) {
      return Optional.empty();
    }
    List<Path> objects = new ArrayList<>();
    try (Stream<Path> list = Files.list(objectDir)) {
      list.filter(path -> path.toString().endsWith(".o")).sorted().forEach(objects::add);
    }
    objects.add(bindings);
    Path unstripped = work.resolve(image + "." + target + ".symbols");
    new ImageLinker(toolchain).link(objects,
        Files.isRegularFile(linkerScript) ? Optional.of(linkerScript) : Optional.empty(),
        unstripped, false);
    String nm = new GccInvocation("size-report", List.of("nm", "-S", unstripped.toString()), null)
        .run();
    return Optional.of(SymbolTable.parseNm(nm));
  }
}

package dev.kiln.build.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one image build needs.
 *
 * @param teaVm             the application and its Java heap bounds
 * @param runtime           Kiln's libc and TeaVM platform layer
 * @param targetSources     the target's C/assembly compiled with Kiln's flags: manifest note, or a test shim
 * @param targetObjects     prebuilt objects linked as they are, e.g. a target's bindings object
 * @param targetIncludes    extra include directories those sources need
 * @param linkerScript      the target's linker script; empty links with gcc's default layout
 * @param workDirectory     scratch space (TeaVM output, objects); reused between builds
 * @param image             the ELF file to write
 * @param strip             drop the symbol table from the image
 * @param extraCFlags       appended to every compile, e.g. {@code -Os}
 */
public record ImageBuildRequest(
        TeaVmSettings teaVm,
        KilnRuntimeSources runtime,
        List<Path> targetSources,
        List<Path> targetObjects,
        List<Path> targetIncludes,
        Optional<Path> linkerScript,
        Path workDirectory,
        Path image,
        boolean strip,
        List<String> extraCFlags) {
    public ImageBuildRequest {
        Objects.requireNonNull(teaVm, "teaVm");
        Objects.requireNonNull(runtime, "runtime");
        targetSources = targetSources.stream().sorted().toList();
        targetObjects = targetObjects.stream().sorted().toList();
        targetIncludes = List.copyOf(targetIncludes);
        Objects.requireNonNull(linkerScript, "linkerScript");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(image, "image");
        extraCFlags = List.copyOf(extraCFlags);
    }
}

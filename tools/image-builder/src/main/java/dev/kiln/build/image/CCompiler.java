package dev.kiln.build.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compiles single C or assembly files to objects with Kiln's freestanding, reproducible flags. */
public final class CCompiler {
    static final String STEP = "gcc-compile";

    /** How strictly a source is held to Kiln's rules. */
    public enum Strictness {
        /** Kiln's own C: C11, -Wall -Wextra -Werror. */
        KILN,
        /** TeaVM's output: GNU C11 at gcc's default warnings, but a call to an undeclared
         *  function (which would silently get the wrong ABI) is an error. */
        GENERATED
    }

    private final Toolchain toolchain;
    private final List<Path> systemIncludes;
    private final List<Path> includes;
    private final Map<Path, String> prefixMap;
    private final List<String> extraFlags;

    /**
     * @param systemIncludes searched for {@code <...>} after the compiler's own headers (Kiln's libc)
     * @param includes       searched for {@code <...>} and {@code "..."} (solo5.h, bindings headers)
     * @param prefixMap      build-machine directories and the stable names they get in the objects
     * @param extraFlags     appended last, e.g. {@code -Os}
     */
    public CCompiler(Toolchain toolchain, List<Path> systemIncludes, List<Path> includes,
            Map<Path, String> prefixMap, List<String> extraFlags) {
        this.toolchain = toolchain;
        this.systemIncludes = List.copyOf(systemIncludes);
        this.includes = List.copyOf(includes);
        this.prefixMap = Map.copyOf(prefixMap);
        this.extraFlags = List.copyOf(extraFlags);
    }

    /** The gcc command that compiles {@code source} into {@code object}. */
    public List<String> command(Path source, Path object, Strictness strictness, List<Path> quoteIncludes) {
        List<String> cmd = new ArrayList<>();
        cmd.add(toolchain.gcc());
        cmd.addAll(List.of("-c", "-O2", "-g0", "-ffreestanding", "-nostdinc", "-fno-pie",
                "-fno-asynchronous-unwind-tables", "-fno-unwind-tables",
                "-fstack-protector-strong", "-mstack-protector-guard=global",
                "-ffunction-sections", "-fdata-sections",
                "-frandom-seed=" + object.getFileName()));
        if (strictness == Strictness.KILN) {
            cmd.addAll(List.of("-std=c11", "-Wall", "-Wextra", "-Werror", "-Wdate-time"));
        } else {
            cmd.addAll(List.of("-std=gnu11", "-Werror=implicit-function-declaration",
                    "-Werror=int-conversion", "-Werror=incompatible-pointer-types"));
        }
        cmd.addAll(List.of("-isystem", toolchain.compilerIncludeDirectory().toString()));
        for (Path dir : systemIncludes) {
            cmd.addAll(List.of("-isystem", dir.toString()));
        }
        for (Path dir : includes) {
            cmd.add("-I" + dir);
        }
        for (Path dir : quoteIncludes) {
            cmd.addAll(List.of("-iquote", dir.toString()));
        }
        prefixMap.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> cmd.add("-ffile-prefix-map=" + e.getKey() + "=" + e.getValue()));
        cmd.addAll(extraFlags);
        cmd.addAll(List.of("-o", object.toString(), source.toString()));
        return cmd;
    }

    /** Compiles one file; {@code quoteIncludes} are searched only for {@code "..."} includes. */
    public Path compile(Path source, Path object, Strictness strictness, List<Path> quoteIncludes)
            throws ImageBuildException {
        new GccInvocation(STEP, command(source, object, strictness, quoteIncludes), null).run();
        return object;
    }
}

package dev.kiln.build.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a target's bindings into one relocatable object in which only the Solo5 interface,
 * {@code _start*} and the stack-protector symbols stay global, so the bindings' private helpers
 * (their own memcpy, say) cannot clash with the application's.
 */
public final class BindingsBuilder {
    static final String STEP = "bindings";

    private final Toolchain toolchain;

    public BindingsBuilder(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    /**
     * Compiles every {@code .c} and {@code .S} file of the source directories (the bindings code
     * shared by all targets, then the target's own), links them with {@code -r}, and localises
     * the rest of the symbols with objcopy.
     *
     * @param directories folders of bindings sources; each is also an include directory
     * @param includes directories with {@code solo5.h} and {@code kiln/manifest_abi.h}
     */
    public Path build(List<Path> directories, List<Path> includes, Path workDirectory)
            throws ImageBuildException {
        List<Path> sources = new ArrayList<>();
        for (Path directory : directories) {
            sources.addAll(sources(directory));
        }
        if (sources.isEmpty()) {
            throw new ImageBuildException(STEP, "no bindings sources in " + directories);
        }
        Path objects = workDirectory.resolve("bindings");
        try {
            Files.createDirectories(objects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> link = new ArrayList<>(List.of(toolchain.gcc(), "-r", "-nostdlib",
                "-Wl,--build-id=none", "-o", objects.resolve("all.o").toString()));
        for (Path source : sources) {
            String name = source.getParent().getFileName() + "-" + source.getFileName();
            Path object = objects.resolve(name.substring(0, name.lastIndexOf('.')) + ".o");
            new GccInvocation(STEP, compileCommand(source, object, directories, includes), null)
                    .run();
            link.add(object.toString());
        }
        new GccInvocation(STEP, link, null).run();
        Path result = workDirectory.resolve("bindings.o");
        new GccInvocation(STEP, List.of(objcopy(), "-w", "-G", "solo5_*", "-G", "_start*",
                "-G", "__stack_chk_guard", "-G", "__stack_chk_fail",
                objects.resolve("all.o").toString(), result.toString()), null).run();
        return result;
    }

    /**
     * Bindings never touch SSE or x87 state and keep out of the red zone: the trap and interrupt
     * paths of some targets do not save that state (ABI description, section 2).
     */
    List<String> compileCommand(Path source, Path object, List<Path> directories,
            List<Path> includes) {
        List<String> command = new ArrayList<>(List.of(toolchain.gcc(), "-c", "-std=c11", "-O2",
                "-g0", "-ffreestanding", "-nostdinc", "-fno-pie", "-fstack-protector-strong",
                "-mstack-protector-guard=global", "-fno-tree-loop-distribute-patterns",
                "-fno-asynchronous-unwind-tables", "-Wall", "-Wextra", "-Werror", "-Wdate-time",
                "-mno-sse", "-mno-mmx", "-mno-aes", "-mno-avx", "-mno-red-zone",
                "-frandom-seed=" + object.getFileName(),
                "-isystem", toolchain.compilerIncludeDirectory().toString()));
        for (Path directory : directories) {
            command.add("-I" + directory);
            command.add("-ffile-prefix-map=" + directory + "=" + directory.getFileName());
        }
        for (Path include : includes) {
            command.add("-I" + include);
            command.add("-ffile-prefix-map=" + include + "=include");
        }
        command.addAll(List.of("-o", object.toString(), source.toString()));
        return command;
    }

    private static String objcopy() {
        return "objcopy";
    }

    private static List<Path> sources(Path bindings) {
        try (Stream<Path> files = Files.list(bindings)) {
            return files.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".S"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

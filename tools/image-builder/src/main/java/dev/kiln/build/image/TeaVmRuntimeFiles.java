package dev.kiln.build.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Which of TeaVM's generated runtime files face the operating system (and are replaced by
 * Kiln's runtime), and the single translation unit built from the rest.
 */
public final class TeaVmRuntimeFiles {
    /**
     * Generated files Kiln leaves out. Each defines functions Kiln's {@code teavm/} layer supplies
     * on the Solo5 API, or only serves features Solo5 has no use for (files, local time, heap dumps).
     */
    public static final Set<String> REPLACED_BY_KILN = Set.of(
            "memory.c",    // virtual memory via mmap/mprotect -> java_heap.c, static_roots.c
            "time.c",      // clock_gettime/localtime -> clock.c
            "fiber.c",     // POSIX timer + signal idle wait -> idle.c
            "log.c",       // stdio/wide output -> console_log.c
            "heaptrace.c", // GC tracing hooks and out-of-memory -> gc_hooks.c
            "heapdump.c",  // heap dumps written to files: not provided
            "date.c",      // local-time calendar via libc: not provided
            "file.c");     // POSIX files and directories: not provided

    /** The name of the unity file written into TeaVM's output directory. */
    public static final String UNITY_FILE = "kiln-unity.c";

    private TeaVmRuntimeFiles() {}

    /** The generated sources Kiln compiles, in sorted order. */
    public static List<String> kept(GeneratedC generated) {
        return generated.sources().stream().filter(f -> !REPLACED_BY_KILN.contains(f)).sorted().toList();
    }

    /**
     * Writes one file including every kept source by relative path, so that gcc compiles the
     * generated code in one run and no absolute path enters the build.
     */
    public static Path writeUnity(GeneratedC generated) {
        StringBuilder text = new StringBuilder("/* Written by Kiln's image builder: TeaVM's C minus the files Kiln replaces. */\n");
        for (String source : kept(generated)) {
            text.append("#include \"").append(source).append("\"\n");
        }
        Path unity = generated.directory().resolve(UNITY_FILE);
        try {
            Files.writeString(unity, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unity;
    }
}

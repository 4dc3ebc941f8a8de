package dev.kiln.build.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Kiln's C runtime for Solo5-style targets, as laid out under {@code targets/solo5/src/main/c}:
 * {@code include/} (solo5.h), {@code libc/include}, {@code libc/src}, {@code teavm/} and, where
 * present, {@code drivers/} (the C side of the Java drivers' {@code @Import}s).
 */
public record KilnRuntimeSources(Path root) {
    public Path solo5Include() {
        return root.resolve("include");
    }

    public Path libcInclude() {
        return root.resolve("libc/include");
    }

    /** Where generated code finds the headers the Java drivers name in {@code @Include}. */
    public Path driversInclude() {
        return root.resolve("drivers");
    }

    /** The drivers' sources, sorted; none when the runtime has no {@code drivers/}. */
    public List<Path> driverSources() {
        return Files.isDirectory(driversInclude()) ? sourcesIn(driversInclude()) : List.of();
    }

    /** The libc's sources ({@code .c} and {@code .S}), sorted. */
    public List<Path> libcSources() {
        return sourcesIn(root.resolve("libc/src"));
    }

    /** The TeaVM platform layer's sources, sorted. */
    public List<Path> teavmSources() {
        return sourcesIn(root.resolve("teavm"));
    }

    static List<Path> sourcesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".c") || f.toString().endsWith(".S"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}

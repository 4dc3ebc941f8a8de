package dev.kiln.build.image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The build machine's gcc and the directory of its own freestanding headers
 * (stddef.h, stdint.h, stdarg.h, float.h), the only headers Kiln takes from the compiler.
 */
public record Toolchain(String gcc, Path compilerIncludeDirectory) {
    static final String STEP = "toolchain";

    /** Asks {@code gcc} (from PATH) where its headers are. */
    public static Toolchain detect() throws ImageBuildException {
        return detect("gcc");
    }

    public static Toolchain detect(String gcc) throws ImageBuildException {
        String printed = new GccInvocation(STEP, List.of(gcc, "-print-file-name=include"), null).run().strip();
        Path include = Path.of(printed);
        if (!include.isAbsolute() || !Files.isRegularFile(include.resolve("stddef.h"))) {
            throw new ImageBuildException(STEP, gcc + " has no freestanding headers (it printed '" + printed + "')");
        }
        return new Toolchain(gcc, include);
    }
}

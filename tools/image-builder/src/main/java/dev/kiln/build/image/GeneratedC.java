package dev.kiln.build.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The C that TeaVM wrote: its directory and the translation units listed in {@code all.txt}
 * (paths relative to the directory, in TeaVM's order).
 */
public record GeneratedC(Path directory, List<String> sources) {
    public GeneratedC {
        sources = List.copyOf(sources);
    }

    static GeneratedC read(Path directory) throws ImageBuildException {
        Path list = directory.resolve("all.txt");
        if (!Files.isRegularFile(list)) {
            throw new ImageBuildException(TeaVmCTranslator.STEP, "TeaVM wrote no all.txt in " + directory);
        }
        try {
            List<String> sources = Files.readAllLines(list).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            return new GeneratedC(directory, sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

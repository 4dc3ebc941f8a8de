package dev.kiln.build.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** One run of gcc; a non-zero exit becomes an {@link ImageBuildException} quoting gcc's first errors. */
public record GccInvocation(String step, List<String> command, Path workingDirectory) {
    static final int QUOTED_ERROR_LINES = 12;

    public GccInvocation {
        command = List.copyOf(command);
    }

    /** Runs the command and returns what it printed (stdout and stderr merged). */
    public String run() throws ImageBuildException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        builder.environment().put("LC_ALL", "C"); // stable, untranslated diagnostics
        String output;
        int exit;
        try {
            Process process = builder.start();
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            exit = process.waitFor();
        } catch (IOException e) {
            throw new ImageBuildException(step, "could not start " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageBuildException(step, "interrupted while running " + command.get(0), e);
        }
        if (exit != 0) {
            throw new ImageBuildException(step, command.get(0) + " exited with status " + exit + "\n  command: "
                    + String.join(" ", command) + "\n" + firstErrors(output));
        }
        return output;
    }

    /** The lines that say what went wrong: error lines first, else the start of the output. */
    static String firstErrors(String output) {
        List<String> lines = output.lines().toList();
        List<String> errors = lines.stream()
                .filter(line -> line.contains("error") || line.contains("undefined reference"))
                .limit(QUOTED_ERROR_LINES)
                .toList();
        List<String> quoted = errors.isEmpty() ? lines.stream().limit(QUOTED_ERROR_LINES).toList() : errors;
        return quoted.stream().map(line -> "  | " + line).collect(Collectors.joining("\n"));
    }
}

package dev.kiln.build.image;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A finished test process: its exit status and everything it printed (stdout and stderr). */
record ProcessRun(int exit, String output) {
    /** Runs a command to completion, killing it after the timeout. */
    static ProcessRun of(int timeoutSeconds, List<String> command) throws IOException, InterruptedException {
        File log = File.createTempFile("kiln-run", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds
                        + " s; it printed:\n" + Files.readString(log.toPath(), StandardCharsets.UTF_8));
            }
            return new ProcessRun(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log.toPath());
        }
    }
}

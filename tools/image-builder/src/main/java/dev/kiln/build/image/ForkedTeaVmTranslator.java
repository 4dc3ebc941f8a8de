package dev.kiln.build.image;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs TeaVM in a fresh JVM. TeaVM's class order (in main.c and elsewhere) follows iteration
 * over identity-hashed sets; in a fresh, single-threaded JVM those hashes come out the same on
 * every run, so the generated C, and the image, are reproducible. In a long-lived JVM such as
 * Maven's they are not.
 */
public final class ForkedTeaVmTranslator implements TeaVmTranslation {
    private final Path java;
    private final List<Path> toolClassPath;

    /**
     * @param java          the java launcher to start
     * @param toolClassPath this module, TeaVM's tooling and its class library
     */
    public ForkedTeaVmTranslator(Path java, List<Path> toolClassPath) {
        this.java = java;
        this.toolClassPath = List.copyOf(toolClassPath);
    }

    /** Uses the running JVM's launcher. */
    public static ForkedTeaVmTranslator withCurrentJava(List<Path> toolClassPath) {
        return new ForkedTeaVmTranslator(
                Path.of(System.getProperty("java.home"), "bin", "java"), toolClassPath);
    }

    @Override
    public GeneratedC translate(TeaVmSettings settings, Path outputDir) throws ImageBuildException {
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss8m",
                "-cp", join(toolClassPath), TeaVmCommand.class.getName(),
                outputDir.toString(), settings.mainClass(),
                Integer.toString(settings.minHeapMb()), Integer.toString(settings.maxHeapMb())));
        settings.classPath().forEach(entry -> command.add(entry.toString()));
        String output;
        int status;
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            status = process.waitFor();
        } catch (IOException e) {
            throw new ImageBuildException(TeaVmCTranslator.STEP, "could not start " + java + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageBuildException(TeaVmCTranslator.STEP, "interrupted", e);
        }
        if (status != 0) {
            throw new ImageBuildException(TeaVmCTranslator.STEP, output.strip());
        }
        return GeneratedC.read(outputDir);
    }

    private static String join(List<Path> entries) {
        StringBuilder text = new StringBuilder();
        for (Path entry : entries) {
            text.append(text.length() == 0 ? "" : File.pathSeparator).append(entry);
        }
        return text.toString();
    }
}

package dev.kiln.build.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of the JVM that {@link ForkedTeaVmTranslator} starts: {@code TeaVmCommand
 * OUTPUT_DIR MAIN_CLASS MIN_HEAP_MIB MAX_HEAP_MIB CLASSPATH_ENTRY...}. Exits 0 on success; on
 * failure prints the step and detail on one line each to standard error and exits 1.
 */
public final class TeaVmCommand {
    private TeaVmCommand() {}

    public static void main(String[] args) {
        if (args.length < 4) {
            System.err.println("usage: TeaVmCommand OUTPUT_DIR MAIN_CLASS MIN_HEAP_MIB MAX_HEAP_MIB"
                    + " CLASSPATH_ENTRY...");
            System.exit(2);
        }
        List<Path> classPath = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            classPath.add(Path.of(args[i]));
        }
        try {
            new TeaVmCTranslator().translate(new TeaVmSettings(args[1], classPath,
                    Integer.parseInt(args[2]), Integer.parseInt(args[3])), Path.of(args[0]));
        } catch (ImageBuildException e) {
            System.err.println(e.detail());
            System.exit(1);
        }
        System.exit(0);
    }
}

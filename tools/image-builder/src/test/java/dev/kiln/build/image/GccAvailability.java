package dev.kiln.build.image;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Skips a test, saying why, when the build machine has no usable gcc. */
final class GccAvailability {
    private GccAvailability() {}

    static Toolchain requireGcc() {
        Toolchain toolchain = null;
        String reason = "";
        try {
            toolchain = Toolchain.detect();
        } catch (ImageBuildException e) {
            reason = e.getMessage();
        }
        if (toolchain == null) {
            System.out.println("SKIPPED: gcc is not usable on this machine: " + reason);
        }
        assumeTrue(toolchain != null, "gcc is not usable on this machine: " + reason);
        return toolchain;
    }
}

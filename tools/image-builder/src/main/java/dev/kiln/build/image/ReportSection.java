package dev.kiln.build.image;

import java.nio.file.Path;
import java.util.List;

/**
 * Stores a file in a non-loaded ELF section of an image, so that the image carries its own
 * component report without using any guest memory.
 */
public final class ReportSection {
    static final String STEP = "report-section";

    private ReportSection() {}

    public static void embed(Path image, String section, Path content) throws ImageBuildException {
        new GccInvocation(STEP, List.of("objcopy",
                "--add-section", section + "=" + content,
                "--set-section-flags", section + "=readonly,contents",
                image.toString()), null).run();
    }
}

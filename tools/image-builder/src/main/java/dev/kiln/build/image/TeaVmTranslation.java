package dev.kiln.build.image;

import java.nio.file.Path;

/** Translates an application to C with TeaVM. */
public interface TeaVmTranslation {
    /** Translates {@code settings.mainClass()} and everything it reaches into C under {@code outputDir}. */
    GeneratedC translate(TeaVmSettings settings, Path outputDir) throws ImageBuildException;
}

package dev.kiln.build.image;

import java.nio.file.Path;
import java.time.Duration;

/** What a build produced and how long its two halves took. */
public record ImageBuildResult(Path image, long imageBytes, int generatedFiles, Duration teaVmTime,
        Duration gccTime) {}

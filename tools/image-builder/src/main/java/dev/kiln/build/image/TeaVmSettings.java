package dev.kiln.build.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What TeaVM needs to translate an application to C.
 *
 * @param mainClass   binary name of the class whose {@code main(String[])} starts the guest
 * @param classPath   directories and jars holding the application and its libraries
 * @param minHeapMb   initial Java heap, in MiB (TeaVM bakes it into the generated main.c)
 * @param maxHeapMb   upper bound of the Java heap, in MiB; Kiln's runtime clamps the real
 *                    reservation to what the guest's memory allows
 */
public record TeaVmSettings(String mainClass, List<Path> classPath, int minHeapMb, int maxHeapMb) {
    public TeaVmSettings {
        Objects.requireNonNull(mainClass, "mainClass");
        classPath = List.copyOf(classPath);
        if (minHeapMb < 1 || maxHeapMb < minHeapMb || maxHeapMb > 2047) {
            throw new IllegalArgumentException(
                    "heap sizes must satisfy 1 <= min <= max <= 2047 MiB, got min=" + minHeapMb + " max=" + maxHeapMb);
        }
    }
}

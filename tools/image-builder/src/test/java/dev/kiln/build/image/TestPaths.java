package dev.kiln.build.image;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locations the tests need: this module's test classes and the repository's C sources. */
final class TestPaths {
    private TestPaths() {}

    static List<Path> testClasses() {
        try {
            return List.of(Path.of(TestPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This module's directory (where its pom.xml is). */
    static Path moduleRoot() {
        return repositoryRoot().resolve("tools/image-builder");
    }

    /** The repository root: the nearest ancestor of the working directory holding {@code targets/}. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("targets/solo5/src/main/c"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no targets/solo5/src/main/c above " + Path.of("").toAbsolutePath());
    }
}

package dev.kiln.build.image;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeaVmRuntimeFilesTest {
    @TempDir Path dir;

    private GeneratedC generated() {
        return new GeneratedC(dir, List.of(
            "main.c", "memory.c", "core.c", "classes/a/B.c", "fiber.c", "time.c", "log.c", "date.c",
            "file.c", "heaptrace.c", "heapdump.c", "string.c"));
    }

    @Test
    void leavesOutTheOsFacingFilesAndSorts() {
        assertThat(TeaVmRuntimeFiles.kept(generated()))
                .containsExactly("classes/a/B.c", "core.c", "main.c", "string.c").inOrder();
    }

    @Test
    void unityFileIncludesTheKeptFilesByRelativePath() throws Exception {
        Path unity = TeaVmRuntimeFiles.writeUnity(generated());

        assertThat(unity).isEqualTo(dir.resolve("kiln-unity.c"));
        String text = Files.readString(unity);
        assertThat(text).contains("#include \"classes/a/B.c\"\n#include \"core.c\"\n");
        assertThat(text).doesNotContain("memory.c");
        assertThat(text).doesNotContain(dir.toString());
    }
}

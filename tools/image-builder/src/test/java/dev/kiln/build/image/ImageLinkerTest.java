package dev.kiln.build.image;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageLinkerTest {
    private final ImageLinker linker = new ImageLinker(new Toolchain("gcc", Path.of("/gcc/include")));

    @Test
    void linksAStaticImageWithoutBuildIdOrCLibrary() {
        List<String> cmd = linker.command(List.of(Path.of("a.o"), Path.of("b.o")), Optional.empty(),
                Path.of("out.elf"), false);

        assertThat(cmd).containsAtLeast("-nostdlib", "-static", "-no-pie", "-Wl,--build-id=none",
                "-Wl,--gc-sections");
        assertThat(cmd).containsAtLeast("-o", "out.elf", "a.o", "b.o", "-lgcc").inOrder();
        assertThat(cmd).doesNotContain("-lc");
        assertThat(cmd).doesNotContain("-s");
    }

    @Test
    void usesTheTargetsLinkerScriptAndStripsOnRequest() {
        List<String> cmd = linker.command(List.of(Path.of("a.o")), Optional.of(Path.of("/t/spt.lds")),
                Path.of("out.spt"), true);

        assertThat(cmd).containsAtLeast("-Wl,-T,/t/spt.lds", "-s");
    }

    @Test
    void explainsMissingMathAndFiles() {
        assertThat(ImageLinker.hintFor("x.c:(.text+0x1): undefined reference to `atan2'"))
                .contains("Math.atan2");
        assertThat(ImageLinker.hintFor("undefined reference to `teavm_file_open'")).contains("java.io files");
        assertThat(ImageLinker.hintFor("undefined reference to `frobnicate'")).isEmpty();
    }
}

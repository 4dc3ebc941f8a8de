package dev.kiln.build.image;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CCompilerTest {
    private final CCompiler compiler = new CCompiler(
            new Toolchain("gcc", Path.of("/gcc/include")),
            List.of(Path.of("/kiln/libc/include")),
            List.of(Path.of("/kiln/include")),
            Map.of(Path.of("/work"), "build", Path.of("/kiln"), "kiln"),
            List.of("-Os"));

    @Test
    void kilnSourcesAreStrictC11() {
        List<String> cmd = compiler.command(Path.of("a.c"), Path.of("a.o"), CCompiler.Strictness.KILN, List.of());

        assertThat(cmd).containsAtLeast("-std=c11", "-Wall", "-Wextra", "-Werror").inOrder();
    }

    @Test
    void generatedSourcesMayWarnButNeverCallUndeclaredFunctions() {
        List<String> cmd = compiler.command(Path.of("u.c"), Path.of("u.o"), CCompiler.Strictness.GENERATED, List.of());

        assertThat(cmd).containsAtLeast("-std=gnu11", "-Werror=implicit-function-declaration");
        assertThat(cmd).doesNotContain("-Werror");
        assertThat(cmd).doesNotContain("-Wall");
    }

    @Test
    void freestandingWithOnlyTheCompilersAndKilnsHeaders() {
        List<String> cmd = compiler.command(Path.of("a.c"), Path.of("a.o"), CCompiler.Strictness.KILN, List.of());

        assertThat(cmd).containsAtLeast("-ffreestanding", "-nostdinc");
        assertThat(cmd).containsAtLeast("-isystem", "/gcc/include", "-isystem", "/kiln/libc/include").inOrder();
        assertThat(cmd).contains("-I/kiln/include");
    }

    @Test
    void objectsDoNotDependOnWhereTheBuildRan() {
        List<String> cmd = compiler.command(Path.of("a.c"), Path.of("/work/obj/a.o"), CCompiler.Strictness.KILN,
                List.of());

        assertThat(cmd).containsAtLeast("-ffile-prefix-map=/kiln=kiln", "-ffile-prefix-map=/work=build").inOrder();
        assertThat(cmd).containsAtLeast("-g0", "-frandom-seed=a.o", "-Wdate-time");
    }

    @Test
    void quoteIncludesAndExtraFlagsComeLast() {
        List<String> cmd = compiler.command(Path.of("a.c"), Path.of("a.o"), CCompiler.Strictness.KILN,
                List.of(Path.of("/gen")));

        assertThat(cmd).containsAtLeast("-iquote", "/gen", "-Os", "-o", "a.o", "a.c").inOrder();
    }
}

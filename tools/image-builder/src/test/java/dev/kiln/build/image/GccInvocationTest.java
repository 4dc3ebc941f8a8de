package dev.kiln.build.image;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GccInvocationTest {
    @TempDir Path work;

    @Test
    void firstErrorsQuotesErrorLinesBeforeAnythingElse() {
        String output = "x.c: In function 'f':\nx.c:2:5: warning: unused\nx.c:3:1: error: expected ';'\n";

        assertThat(GccInvocation.firstErrors(output)).isEqualTo("  | x.c:3:1: error: expected ';'");
    }

    @Test
    void firstErrorsFallsBackToTheStartOfTheOutput() {
        assertThat(GccInvocation.firstErrors("collect2: ld returned 1 exit status\n"))
                .isEqualTo("  | collect2: ld returned 1 exit status");
    }

    @Test
    void aMissingCompilerNamesTheStep() {
        ImageBuildException e = assertThrows(ImageBuildException.class,
                () -> new GccInvocation("gcc-compile", List.of("/nonexistent/kiln-gcc", "-c"), null).run());

        assertThat(e.step()).isEqualTo("gcc-compile");
        assertThat(e).hasMessageThat().contains("could not start /nonexistent/kiln-gcc");
    }

    @Test
    void aCompileErrorNamesStepCommandAndGccsError() throws Exception {
        Toolchain toolchain = GccAvailability.requireGcc();
        Path broken = Files.writeString(work.resolve("broken.c"), "int f(void) { return 1 }\n");
        CCompiler compiler = new CCompiler(toolchain, List.of(), List.of(), java.util.Map.of(), List.of());

        ImageBuildException e = assertThrows(ImageBuildException.class, () -> compiler.compile(
                broken, work.resolve("broken.o"), CCompiler.Strictness.KILN, List.of()));

        assertThat(e.step()).isEqualTo("gcc-compile");
        assertThat(e).hasMessageThat().contains("command: " + toolchain.gcc() + " -c");
        assertThat(e).hasMessageThat().contains("broken.c:1:");
        assertThat(e).hasMessageThat().contains("error: expected ';'");
    }
}

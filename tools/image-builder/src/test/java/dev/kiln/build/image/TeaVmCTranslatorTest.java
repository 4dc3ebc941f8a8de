package dev.kiln.build.image;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.teavm.diagnostics.Problem;
import org.teavm.diagnostics.ProblemSeverity;
import org.junit.jupiter.api.io.TempDir;

class TeaVmCTranslatorTest {
    @TempDir Path work;

    @Test
    void translatesHelloIntoCWithARuntime() throws Exception {
        GeneratedC c = new TeaVmCTranslator().translate(
                new TeaVmSettings("dev.kiln.build.image.hello.HelloMain", TestPaths.testClasses(), 2, 8), work);

        assertThat(c.sources()).containsAtLeast("main.c", "memory.c", "fiber.c", "log.c");
        assertThat(Files.readString(work.resolve("main.c"))).contains("int main(");
    }

    @Test
    void monitorsLiveInKilnsTableNotInObjectHeaders() throws Exception {
        GeneratedC c = new TeaVmCTranslator().translate(
                new TeaVmSettings("dev.kiln.build.image.hello.MonitorsUnderGcMain", TestPaths.testClasses(), 2, 8),
                work);

        List<String> packing = new ArrayList<>();
        List<String> table = new ArrayList<>();
        try (var files = Files.walk(c.directory())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".c")).toList()) {
                String text = Files.readString(file);
                if (text.contains("TEAVM_PACK_MONITOR(") || text.contains("TEAVM_UNPACK_MONITOR(")) {
                    packing.add(c.directory().relativize(file).toString());
                }
                if (file.getFileName().toString().startsWith("MonitorTable")) {
                    table.add(file.getFileName().toString());
                }
            }
        }

        assertThat(packing).isEmpty();
        assertThat(table).isNotEmpty();
    }

    @Test
    void arrayClonesAreSizedByTheirItemType() throws Exception {
        GeneratedC c = new TeaVmCTranslator().translate(
                new TeaVmSettings("dev.kiln.build.image.hello.ArrayClonesMain", TestPaths.testClasses(), 2, 8), work);

        String object = Files.readString(c.directory().resolve("classes/java/lang/Object.c"));
        int start = object.indexOf("meth_jl_Object_cloneLowLevel(void*");
        assertThat(start).isAtLeast(0);
        String clone = object.substring(start, object.indexOf("\n}\n", start));
        // TeaVM asks whether the array's own class is primitive (never); Kiln's build asks its item type.
        assertThat(clone).containsMatch("meth_otr_RuntimeClass_isPrimitive\\(TEAVM_FIELD\\(\\w+, TeaVM_Class, itemType\\)\\)");
    }

    @Test
    void quotesOnlyTheFirstProblems() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            problems.add(new Problem(ProblemSeverity.ERROR, null, "problem " + i, new Object[0]));
        }

        String text = TeaVmCTranslator.render(problems);

        assertThat(text).contains("  problem 14\n");
        assertThat(text).doesNotContain("problem 15");
        assertThat(text).endsWith("  ... and 5 more\n");
    }

    @Test
    void missingMainClassIsATeaVmStepError() {
        ImageBuildException e = assertThrows(ImageBuildException.class, () -> new TeaVmCTranslator().translate(
                new TeaVmSettings("no.such.Main", List.of(), 2, 8), work));

        assertThat(e.step()).isEqualTo("teavm");
        assertThat(e).hasMessageThat().contains("no.such.Main");
    }
}

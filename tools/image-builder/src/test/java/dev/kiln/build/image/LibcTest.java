package dev.kiln.build.image;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the C checks of Kiln's libc (targets/solo5/src/test/c/libc_test.c) over the hosted shim. */
class LibcTest {
    @TempDir Path work;

    @Test
    void libcChecksPass() throws Exception {
        Toolchain toolchain = GccAvailability.requireGcc();
        Path repo = TestPaths.repositoryRoot();
        KilnRuntimeSources runtime = new KilnRuntimeSources(repo.resolve("targets/solo5/src/main/c"));
        CCompiler compiler = new CCompiler(toolchain, List.of(runtime.libcInclude()),
                List.of(runtime.solo5Include()), Map.of(repo, "kiln"), List.of());
        List<Path> sources = new ArrayList<>(runtime.libcSources());
        sources.add(repo.resolve("targets/solo5/src/test/c/hosted_solo5.c"));
        sources.add(repo.resolve("targets/solo5/src/test/c/libc_test.c"));
        List<Path> objects = new ArrayList<>();
        for (Path source : sources) {
            Path object = work.resolve(source.getFileName() + ".o");
            objects.add(compiler.compile(source, object, CCompiler.Strictness.KILN, List.of()));
        }
        Path image = new ImageLinker(toolchain).link(objects, Optional.empty(), work.resolve("libc_test"), false);

        ProcessRun run = ProcessRun.of(30, List.of(image.toString()));

        assertThat(run.output()).containsMatch("libc: \\d+ passed, 0 failed\n");
        assertThat(run.exit()).isEqualTo(0);
    }
}

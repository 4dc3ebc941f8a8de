package dev.kiln.build.image;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds Java programs with Kiln's libc and TeaVM layer over a hosted Solo5 shim (raw Linux
 * syscalls, no C library) and runs them as ordinary processes.
 */
class HostedImageTest {
    private static Toolchain toolchain;

    @TempDir Path work;

    @BeforeAll
    static void findGcc() {
        toolchain = GccAvailability.requireGcc();
    }

    private static ImageBuildRequest hosted(String mainClass, Path work, boolean strip) {
        return hosted(mainClass, work, strip, List.of(), List.of());
    }

    private static ImageBuildRequest hosted(String mainClass, Path work, boolean strip, List<Path> moreSources,
            List<Path> includes) {
        Path repo = TestPaths.repositoryRoot();
        List<Path> sources = new ArrayList<>(moreSources);
        sources.add(repo.resolve("targets/solo5/src/test/c/hosted_solo5.c"));
        return new ImageBuildRequest(
                new TeaVmSettings(mainClass, TestPaths.testClasses(), 1, 64),
                new KilnRuntimeSources(repo.resolve("targets/solo5/src/main/c")),
                sources,
                List.of(),
                includes,
                Optional.empty(),
                work.resolve("build"),
                work.resolve("image"),
                strip,
                List.of());
    }

    private static ProcessRun run(Path image, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(image.toString()));
        command.addAll(List.of(args));
        return ProcessRun.of(30, command);
    }

    @Test
    void helloPrintsSleepsAndAllocates() throws Exception {
        ImageBuildResult result = new ImageBuilder(toolchain).build(
                hosted("dev.kiln.build.image.hello.HelloMain", work, true));

        ProcessRun run = run(result.image(), "ignored", "args");

        assertThat(run.output()).isEqualTo("hello from kiln\nslept>=50ms: true\nlist: 1000 w999\n");
        assertThat(run.exit()).isEqualTo(0);
        System.out.printf("hosted hello: stripped image %d bytes, TeaVM %d ms, gcc %d ms, %d generated files%n",
                result.imageBytes(), result.teaVmTime().toMillis(), result.gccTime().toMillis(),
                result.generatedFiles());
    }

    @Test
    void uncaughtExceptionPrintsTraceAndMessageAndExitsNonZero() throws Exception {
        ImageBuildResult result = new ImageBuilder(toolchain).build(
                hosted("dev.kiln.build.image.hello.FailingMain", work, false));

        ProcessRun run = run(result.image());

        assertThat(run.output()).startsWith("about to fail\n");
        assertThat(run.output()).contains("\tat dev.kiln.build.image.hello.FailingMain.fail(FailingMain.java:");
        assertThat(run.output()).endsWith("kiln: uncaught exception: boom\n");
        assertThat(run.exit()).isEqualTo(255);
    }

    @Test
    void greenThreadsSleepAndWakeThroughTheIdleWait() throws Exception {
        ImageBuildResult result = new ImageBuilder(toolchain).build(
                hosted("dev.kiln.build.image.hello.ThreadsMain", work, true));

        ProcessRun run = run(result.image());

        assertThat(run.output()).isEqualTo("fast done\nnotified\nslow done\nelapsed within 200..1000 ms: true\n");
        assertThat(run.exit()).isEqualTo(0);
    }

    @Test
    void javaCallsCThroughImportWithTheIncludeFromTheTarget() throws Exception {
        Path probe = TestPaths.moduleRoot().resolve("src/test/c");
        ImageBuildResult result = new ImageBuilder(toolchain).build(hosted("dev.kiln.build.image.hello.ImportMain",
                work, true, List.of(probe.resolve("import_probe.c")), List.of(probe)));

        ProcessRun run = run(result.image());

        assertThat(run.output()).isEqualTo("sum of 2..5 = 14\n");
        assertThat(run.exit()).isEqualTo(0);
    }

    @Test
    void garbageCollectorReclaimsManyTimesTheHeap() throws Exception {
        ImageBuildResult result = new ImageBuilder(toolchain).build(
                hosted("dev.kiln.build.image.hello.GcChurnMain", work, true));

        ProcessRun run = run(result.image());

        assertThat(run.output()).isEqualTo("churned 250 MiB, live 64 chunks, checksum 2640\n");
        assertThat(run.exit()).isEqualTo(0);
    }

    @Test
    void sameInputsGiveTheSameBytesWhereverTheBuildRuns() throws Exception {
        Path first = new ImageBuilder(toolchain).build(
                hosted("dev.kiln.build.image.hello.HelloMain", work.resolve("one"), false)).image();
        Path second = new ImageBuilder(toolchain).build(
                hosted("dev.kiln.build.image.hello.HelloMain", work.resolve("two/deeper"), false)).image();

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }
}

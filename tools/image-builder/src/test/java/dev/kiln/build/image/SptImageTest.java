package dev.kiln.build.image;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links Java programs against Kiln's spt bindings and boots them under kiln-spt with 16 MiB. */
class SptImageTest {
    private static final String NO_DEVICES_MANIFEST = """
            /* Manifest for the image builder's spt test: no devices. */
            #include "kiln/manifest_abi.h"

            const MFT_NOTE_STRUCT(1) __solo5_mft1_note MFT_NOTE_ATTRIBUTES = {
                MFT_NOTE_PREAMBLE(1),
                .e = {MFT_RESERVED_ENTRY},
            };
            """;

    private static Toolchain toolchain;
    private static Path spt;
    private static Path bindingsObject;
    private static Path tender;

    @TempDir static Path shared;
    @TempDir Path work;

    @BeforeAll
    static void buildBindingsAndTender() throws Exception {
        toolchain = GccAvailability.requireGcc();
        spt = TestPaths.repositoryRoot().resolve("targets/spt/src");
        skipUnless(Files.isRegularFile(spt.resolve("test/c/build.sh")), "the spt bindings build is not there");
        skipUnless(Files.isRegularFile(spt.resolve("main/c/tender/Makefile")), "the spt tender is not there");
        Path out = shared.resolve("spt");
        ProcessRun bindings = run(60, "sh", spt.resolve("test/c/build.sh").toString(), out.toString());
        skipUnless(bindings.exit() == 0, "the spt bindings did not build:\n" + bindings.output());
        bindingsObject = out.resolve("kiln_spt_bindings.o");
        skipUnless(Files.isRegularFile(bindingsObject), "the spt bindings build wrote no kiln_spt_bindings.o");
        ProcessRun make = run(120, "make", "-C", spt.resolve("main/c/tender").toString(), "OUT=" + out.resolve("tender"));
        skipUnless(make.exit() == 0, "the kiln-spt tender did not build (libseccomp-dev missing?):\n" + make.output());
        tender = out.resolve("tender/kiln-spt");
    }

    private static void skipUnless(boolean condition, String reason) {
        if (!condition) {
            System.out.println("SKIPPED: " + reason);
        }
        assumeTrue(condition, reason);
    }

    private static ProcessRun run(int timeoutSeconds, String... command) throws IOException, InterruptedException {
        return ProcessRun.of(timeoutSeconds, List.of(command));
    }

    private ImageBuildResult buildSpt(String mainClass) throws Exception {
        Path manifest = work.resolve("manifest/manifest.c");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, NO_DEVICES_MANIFEST);
        Path repo = TestPaths.repositoryRoot();
        return new ImageBuilder(toolchain).build(new ImageBuildRequest(
                new TeaVmSettings(mainClass, TestPaths.testClasses(), 1, 64),
                new KilnRuntimeSources(repo.resolve("targets/solo5/src/main/c")),
                List.of(manifest),
                List.of(bindingsObject),
                List.of(),
                Optional.of(spt.resolve("main/c/spt.lds")),
                work.resolve("build"),
                work.resolve("image.spt"),
                true,
                List.of()));
    }

    private static ProcessRun boot(Path image, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(tender.toString(), "--mem=16", image.toString()));
        command.addAll(List.of(args));
        return run(30, command.toArray(String[]::new));
    }

    @Test
    void helloBootsIn16MiB() throws Exception {
        ImageBuildResult result = buildSpt("dev.kiln.build.image.hello.HelloMain");

        ProcessRun run = boot(result.image(), "some", "args");

        assertThat(run.output()).contains("hello from kiln\nslept>=50ms: true\nlist: 1000 w999\n");
        assertThat(run.exit()).isEqualTo(0);
        System.out.printf("spt hello: stripped image %d bytes, TeaVM %d ms, gcc %d ms%n",
                result.imageBytes(), result.teaVmTime().toMillis(), result.gccTime().toMillis());
    }

    @Test
    void javaHeapIsSizedFromGuestMemory() throws Exception {
        // Asks TeaVM for a 64 MiB maximum heap; the guest has 16 MiB, so the runtime must fit
        // the heap into what is there and let the GC work within it.
        ImageBuildResult result = buildSpt("dev.kiln.build.image.hello.GcChurnMain");

        ProcessRun run = boot(result.image());

        assertThat(run.output()).contains("churned 250 MiB, live 64 chunks, checksum 2640\n");
        assertThat(run.exit()).isEqualTo(0);
    }

    @Test
    void monitorsSurviveGarbageCollectionsThatMoveObjects() throws Exception {
        // TeaVM keeps monitors where its collector cannot see them; Kiln's build moves them into a
        // table it can (MonitorSlotTransformer). Without that, this guest crashes or throws.
        ImageBuildResult result = buildSpt("dev.kiln.build.image.hello.MonitorsUnderGcMain");

        ProcessRun run = boot(result.image());

        assertThat(run.output()).contains("singleton: outer+inner same=true\n"
                + "nested: held as expected=true\n"
                + "exception: thrown while locked, released=true, other thread entered=true\n"
                + "handoff: count=1000 sum=500500\n"
                + "hash: stable=true\n");
        assertThat(run.exit()).isEqualTo(0);
    }

    @Test
    void arrayClonesCopyExactlyAndLeaveTheirNeighboursIntact() throws Exception {
        // TeaVM 0.16.0 sizes a primitive array's clone as if its items were pointers and writes
        // past the copy; Kiln's build fixes the size (ArrayCloneSizeTransformer). Without that,
        // live arrays next to the clones are overwritten and this guest reports or crashes.
        ImageBuildResult result = buildSpt("dev.kiln.build.image.hello.ArrayClonesMain");

        ProcessRun run = boot(result.image());

        assertThat(run.output()).contains("neighbours: depth=200 clones=100 corrupted=0\n"
                + "copies: ok 16 lengths\n");
        assertThat(run.exit()).isEqualTo(0);
    }

    @Test
    void uncaughtExceptionEndsTheGuestWithTheAbortStatus() throws Exception {
        ImageBuildResult result = buildSpt("dev.kiln.build.image.hello.FailingMain");

        ProcessRun run = boot(result.image());

        assertThat(run.output()).contains("about to fail\n");
        assertThat(run.output()).contains("\tat dev.kiln.build.image.hello.FailingMain.fail(FailingMain.java:");
        assertThat(run.output()).contains("kiln: uncaught exception: boom\n");
        assertThat(run.exit()).isEqualTo(255);
    }

    @Test
    void outOfMemoryPrintsTheJavaStackAndEndsWithTheAbortStatus() throws Exception {
        ImageBuildResult result = buildSpt("dev.kiln.build.image.hello.OutOfMemoryMain");

        ProcessRun run = boot(result.image());

        assertThat(run.output()).contains("filling the heap\n");
        assertThat(run.output()).contains("\tat dev.kiln.build.image.hello.OutOfMemoryMain.hold(OutOfMemoryMain.java:");
        assertThat(run.output()).contains("kiln: out of memory: the Java heap is exhausted");
        assertThat(run.exit()).isEqualTo(255);
    }
}

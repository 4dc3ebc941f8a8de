package dev.kiln.build.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Java classes in, static image out: TeaVM to C, then gcc compiles and links with Kiln's runtime. */
public final class ImageBuilder {
    private final Toolchain toolchain;
    private final TeaVmTranslation translator;

    public ImageBuilder(Toolchain toolchain) {
        this(toolchain, new TeaVmCTranslator());
    }

    public ImageBuilder(Toolchain toolchain, TeaVmTranslation translator) {
        this.toolchain = toolchain;
        this.translator = translator;
    }

    public ImageBuildResult build(ImageBuildRequest request) throws ImageBuildException {
        Path work = request.workDirectory().toAbsolutePath();
        Path teavmDir = cleanDirectory(work.resolve("teavm"));
        Path objectDir = cleanDirectory(work.resolve("obj"));

        long start = System.nanoTime();
        GeneratedC generated = translator.translate(request.teaVm(), teavmDir);
        long translated = System.nanoTime();

        CCompiler compiler = new CCompiler(toolchain,
                List.of(request.runtime().libcInclude()),
                concat(List.of(request.runtime().solo5Include(), request.runtime().driversInclude()),
                        request.targetIncludes()),
                prefixMap(request, work),
                request.extraCFlags());
        List<CompileJob> jobs = new ArrayList<>();
        jobs.add(new CompileJob(TeaVmRuntimeFiles.writeUnity(generated), objectDir.resolve("0-teavm.o"),
                CCompiler.Strictness.GENERATED, List.of()));
        addJobs(jobs, request.runtime().libcSources(), objectDir, "1-libc-", List.of());
        addJobs(jobs, request.runtime().teavmSources(), objectDir, "2-teavm-", List.of(teavmDir));
        addJobs(jobs, request.runtime().driverSources(), objectDir, "3-drivers-", List.of());
        addJobs(jobs, request.targetSources(), objectDir, "4-target-", List.of());
        List<Path> objects = concat(compileAll(compiler, jobs),
                request.targetObjects().stream().map(Path::toAbsolutePath).toList());

        Path image = request.image().toAbsolutePath();
        createParent(image);
        new ImageLinker(toolchain).link(objects, request.linkerScript().map(Path::toAbsolutePath), image,
                request.strip());
        long linked = System.nanoTime();
        return new ImageBuildResult(image, size(image), generated.sources().size(),
                Duration.ofNanos(translated - start), Duration.ofNanos(linked - translated));
    }

    private record CompileJob(Path source, Path object, CCompiler.Strictness strictness, List<Path> quoteIncludes) {}

    private static void addJobs(List<CompileJob> jobs, List<Path> sources, Path objectDir, String prefix,
            List<Path> quoteIncludes) {
        for (Path source : sources) {
            String name = source.getFileName().toString().replaceAll("\\.[cS]$", "");
            jobs.add(new CompileJob(source.toAbsolutePath(), objectDir.resolve(prefix + name + ".o"),
                    CCompiler.Strictness.KILN, quoteIncludes));
        }
    }

    /** Compiles in parallel; the objects come back sorted by name, so link order never varies. */
    private static List<Path> compileAll(CCompiler compiler, List<CompileJob> jobs) throws ImageBuildException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (CompileJob job : jobs) {
                results.add(pool.submit(() -> compiler.compile(job.source(), job.object(), job.strictness(),
                        job.quoteIncludes())));
            }
            List<Path> objects = new ArrayList<>();
            for (Future<Path> result : results) {
                objects.add(result.get());
            }
            return objects.stream().sorted().toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImageBuildException failure) {
                throw failure;
            }
            throw new ImageBuildException(CCompiler.STEP, "compiler job failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageBuildException(CCompiler.STEP, "interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Build-machine paths become fixed names, so objects do not depend on where the build ran. */
    private static Map<Path, String> prefixMap(ImageBuildRequest request, Path work) {
        Map<Path, String> map = new LinkedHashMap<>();
        map.put(work, "build");
        map.put(request.runtime().root().toAbsolutePath(), "kiln");
        for (Path source : request.targetSources()) {
            map.putIfAbsent(source.toAbsolutePath().getParent(), "target");
        }
        return map;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Path cleanDirectory(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (var walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

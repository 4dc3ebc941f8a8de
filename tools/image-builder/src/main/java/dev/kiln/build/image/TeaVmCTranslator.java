package dev.kiln.build.image;

import dev.kiln.build.image.arrays.ArrayCloneSizeTransformer;
import dev.kiln.build.image.monitor.MonitorSlotTransformer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Runs TeaVM's C backend in this JVM over an application's classes and returns the generated
 * sources. TeaVM's output order depends on identity hash codes, so only a fresh JVM gives the same
 * output every time: builds use {@link ForkedTeaVmTranslator}, which runs this in one.
 */
public final class TeaVmCTranslator implements TeaVmTranslation {
    static final String STEP = "teavm";
    private static final int MIB = 1024 * 1024;
    private static final int QUOTED_PROBLEMS = 15;

    @Override
    public GeneratedC translate(TeaVmSettings settings, Path outputDir) throws ImageBuildException {
        CollectingLog log = new CollectingLog();
        try (URLClassLoader loader = classLoaderFor(settings.classPath())) {
            TeaVMTool tool = new TeaVMTool();
            tool.setTargetType(TeaVMTargetType.C);
            tool.setMainClass(settings.mainClass());
            tool.setTargetDirectory(outputDir.toFile());
            tool.setClassLoader(loader);
            tool.setObfuscated(false);
            tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
            tool.setIncremental(false);
            tool.setDebugInformationGenerated(false);
            tool.setSourceMapsFileGenerated(false);
            tool.setMinHeapSize(settings.minHeapMb() * MIB); // TeaVMTool takes bytes
            tool.setMaxHeapSize(settings.maxHeapMb() * MIB);
            tool.setLog(log);
            // Keeps monitors where the garbage collector can see them; see the class for why.
            tool.getTransformers().add(MonitorSlotTransformer.class.getName());
            // Stops clone() of primitive arrays from writing past the copy; see the class for why.
            tool.getTransformers().add(ArrayCloneSizeTransformer.class.getName());
            tool.generate();
            List<Problem> severe = tool.getProblemProvider().getSevereProblems();
            if (!severe.isEmpty()) {
                throw new ImageBuildException(STEP, "TeaVM could not translate " + settings.mainClass()
                        + ":\n" + render(severe));
            }
        } catch (TeaVMToolException | RuntimeException e) {
            throw new ImageBuildException(STEP, "TeaVM failed on " + settings.mainClass() + ": " + e
                    + log.errorsSuffix(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return GeneratedC.read(outputDir);
    }

    private static URLClassLoader classLoaderFor(List<Path> classPath) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classPath) {
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("bad class path entry " + entry, e);
            }
        }
        // The parent supplies TeaVM's class library, which this module depends on.
        return new URLClassLoader(urls.toArray(URL[]::new), TeaVmCTranslator.class.getClassLoader());
    }

    /** Quotes the first problems; TeaVM often reports one root cause many times over. */
    static String render(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems.subList(0, Math.min(problems.size(), QUOTED_PROBLEMS))) {
            DefaultProblemTextConsumer consumer = new DefaultProblemTextConsumer();
            problem.render(consumer);
            text.append("  ").append(consumer.getText());
            if (problem.getLocation() != null && problem.getLocation().getMethod() != null) {
                text.append(" (in ").append(problem.getLocation().getMethod()).append(')');
            }
            text.append('\n');
        }
        if (problems.size() > QUOTED_PROBLEMS) {
            text.append("  ... and ").append(problems.size() - QUOTED_PROBLEMS).append(" more\n");
        }
        return text.toString();
    }

    /** Keeps TeaVM's own error lines so that a failure can quote them. */
    private static final class CollectingLog implements org.teavm.tooling.TeaVMToolLog {
        private final List<String> errors = new ArrayList<>();

        String errorsSuffix() {
            return errors.isEmpty() ? "" : "\n  " + String.join("\n  ", errors);
        }

        @Override public void info(String text) {}
        @Override public void debug(String text) {}
        @Override public void warning(String text) {}
        @Override public void error(String text) { errors.add(text); }
        @Override public void info(String text, Throwable e) {}
        @Override public void debug(String text, Throwable e) {}
        @Override public void warning(String text, Throwable e) {}
        @Override public void error(String text, Throwable e) { errors.add(text + ": " + e); }
    }
}

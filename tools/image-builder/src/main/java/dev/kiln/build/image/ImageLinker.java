package dev.kiln.build.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Links objects into a static, non-PIE ELF image, optionally with a target's linker script. */
public final class ImageLinker {
    static final String STEP = "gcc-link";

    private final Toolchain toolchain;

    public ImageLinker(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    /** The gcc command; objects are taken in the order given (callers pass them sorted). */
    public List<String> command(List<Path> objects, Optional<Path> linkerScript, Path image, boolean strip) {
        List<String> cmd = new ArrayList<>(List.of(toolchain.gcc(), "-nostdlib", "-static", "-no-pie",
                "-Wl,--build-id=none", "-Wl,--gc-sections", "-Wl,-z,max-page-size=0x1000",
                "-Wl,--hash-style=gnu", "-Wl,--no-undefined"));
        linkerScript.ifPresent(script -> cmd.add("-Wl,-T," + script));
        if (strip) {
            cmd.add("-s");
        }
        cmd.addAll(List.of("-o", image.toString()));
        objects.forEach(o -> cmd.add(o.toString()));
        cmd.add("-lgcc"); // compiler helpers only; no C library
        return cmd;
    }

    public Path link(List<Path> objects, Optional<Path> linkerScript, Path image, boolean strip)
            throws ImageBuildException {
        try {
            new GccInvocation(STEP, command(objects, linkerScript, image, strip), null).run();
        } catch (ImageBuildException e) {
            String hint = hintFor(e.detail());
            throw hint.isEmpty() ? e : new ImageBuildException(STEP, e.detail() + "\n  " + hint, e);
        }
        return image;
    }

    private static final List<String> TRANSCENDENTAL = List.of(
            "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log", "pow");

    /** Explains the undefined references that come from features Kiln does not provide yet. */
    static String hintFor(String gccOutput) {
        if (gccOutput.contains("undefined reference to `teavm_file_")
                || gccOutput.contains("undefined reference to `teavm_date_")) {
            return "The program uses java.io files or local dates, which Kiln's Solo5 runtime does not provide.";
        }
        for (String function : TRANSCENDENTAL) {
            if (gccOutput.contains("undefined reference to `" + function + "'")) {
                return "The program uses Math." + function + " (or a relative); Kiln's libc has no"
                        + " transcendental math yet.";
            }
        }
        return "";
    }
}

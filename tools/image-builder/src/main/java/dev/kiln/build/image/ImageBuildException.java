package dev.kiln.build.image;

/** A failed step of an image build; the message names the step and what went wrong. */
public final class ImageBuildException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String step;
    private final String detail;

    public ImageBuildException(String step, String detail) {
        super("[" + step + "] " + detail);
        this.step = step;
        this.detail = detail;
    }

    public ImageBuildException(String step, String detail, Throwable cause) {
        super("[" + step + "] " + detail, cause);
        this.step = step;
        this.detail = detail;
    }

    /** What went wrong, without the step prefix. */
    public String detail() {
        return detail;
    }

    /** The build step that failed, e.g. {@code teavm}, {@code gcc-compile}, {@code gcc-link}. */
    public String step() {
        return step;
    }
}

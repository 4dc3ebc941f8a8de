package dev.kiln.build.image.hello;

/** A guest whose main throws, to check that the platform reports uncaught exceptions. */
public final class FailingMain {
    private FailingMain() {}

    public static void main(String[] args) {
        System.out.println("about to fail");
        fail("boom");
    }

    private static void fail(String why) {
        throw new IllegalStateException(why);
    }
}

package dev.kiln.build.image.hello;

import org.teavm.interop.Import;
import org.teavm.interop.c.Include;

/** Calls a C function through TeaVM's @Import, passing a byte array. */
public final class ImportMain {
    private ImportMain() {}

    @Import(name = "import_probe_sum")
    @Include(value = "import_probe.h", isSystem = false)
    private static native int sum(byte[] data, int offset, int length);

    public static void main(String[] args) {
        byte[] data = {1, 2, 3, 4, 5};
        System.out.println("sum of 2..5 = " + sum(data, 1, 4));
    }
}

package dev.kiln.build.image.hello;

import java.util.ArrayList;
import java.util.List;

/** A guest that keeps every allocation alive until the Java heap is exhausted. */
public final class OutOfMemoryMain {
    private OutOfMemoryMain() {}

    public static void main(String[] args) {
        System.out.println("filling the heap");
        List<byte[]> kept = new ArrayList<>();
        while (true) {
            hold(kept);
        }
    }

    private static void hold(List<byte[]> kept) {
        kept.add(new byte[256 * 1024]);
    }
}

package dev.kiln.build.image.hello;

import java.util.ArrayList;
import java.util.List;

/** Allocates many times the guest's memory while keeping a few MiB alive, so the GC must grow and collect. */
public final class GcChurnMain {
    private GcChurnMain() {}

    public static void main(String[] args) {
        List<byte[]> live = new ArrayList<>();
        long checksum = 0;
        for (int i = 0; i < 4000; i++) {
            byte[] chunk = new byte[64 * 1024];
            chunk[i % chunk.length] = (byte) i;
            live.add(chunk);
            if (live.size() > 64) {
                checksum += live.remove(0)[(i - 64) % chunk.length];
            }
        }
        System.out.println("churned 250 MiB, live " + live.size() + " chunks, checksum " + checksum);
    }
}

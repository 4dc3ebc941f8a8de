package dev.kiln.build.image.hello;

import java.util.ArrayList;
import java.util.List;

/** The smallest useful guest: prints, sleeps on the event loop, and allocates a list. */
public final class HelloMain {
    private HelloMain() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.println("hello from kiln");
        long before = System.currentTimeMillis();
        Thread.sleep(50);
        long slept = System.currentTimeMillis() - before;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            words.add("w" + i);
        }
        System.out.println("slept>=50ms: " + (slept >= 50));
        System.out.println("list: " + words.size() + " " + words.get(999));
    }
}

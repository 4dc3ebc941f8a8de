package dev.kiln.build.image.hello;

/** Green threads on the event loop: sleeps of different lengths, and wait/notify. */
public final class ThreadsMain {
    private ThreadsMain() {}

    public static void main(String[] args) throws InterruptedException {
        long start = System.currentTimeMillis();
        Thread slow = new Thread(() -> sleepThenSay(200, "slow done"));
        Thread fast = new Thread(() -> sleepThenSay(20, "fast done"));
        Object lock = new Object();
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println("notified");
        });
        slow.start();
        fast.start();
        waiter.start();
        Thread.sleep(50);
        synchronized (lock) {
            lock.notifyAll();
        }
        slow.join();
        fast.join();
        waiter.join();
        long elapsed = System.currentTimeMillis() - start;
        System.out.println("elapsed within 200..1000 ms: " + (elapsed >= 200 && elapsed < 1000));
    }

    private static void sleepThenSay(long millis, String line) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            return;
        }
        System.out.println(line);
    }
}

package dev.kiln.build.image.hello;

import dagger.internal.DoubleCheck;
import dagger.internal.Provider;

/**
 * Holds Java monitors while the garbage collector runs and moves objects: singletons built behind
 * Dagger's own {@code DoubleCheck} lock whose construction collects, nested and reentrant locks,
 * a lock released by an exception, a wait/notify handoff between two green threads, and identity
 * hash codes of locked objects. Prints one line per check; a broken monitor shows up as an
 * exception, a crash or a wrong line.
 */
public final class MonitorsUnderGcMain {
    private static final int HANDOFFS = 1000;

    /** Objects kept alive between collections, so that the heap has holes and objects move. */
    private static final Object[] survivors = new Object[512];
    private static int survivorIndex;

    private MonitorsUnderGcMain() {}

    public static void main(String[] args) throws InterruptedException {
        singletonBuiltWhileCollecting();
        nestedAndReentrantLocks();
        exceptionReleasesTheLock();
        waitNotifyHandoff();
        identityHashSurvivesCollections();
    }

    private static void singletonBuiltWhileCollecting() {
        Provider<String> inner = singleton(() -> {
            System.gc();
            churn(200);
            return "inner";
        });
        Provider<String> outer = singleton(() -> {
            System.gc();
            churn(400);
            String built = "outer+" + inner.get();
            System.gc();
            return built;
        });
        String first = outer.get();
        churn(200);
        System.gc();
        System.out.println("singleton: " + first + " same=" + (outer.get() == first));
    }

    /** What Dagger generates for a {@code @Singleton}: a provider behind {@code DoubleCheck}'s lock. */
    private static Provider<String> singleton(Provider<String> factory) {
        return DoubleCheck.provider(factory);
    }

    private static void nestedAndReentrantLocks() {
        Object a = new Object();
        Object b = new Object();
        boolean held;
        synchronized (a) {
            churn(200);
            System.gc();
            synchronized (b) {
                churn(200);
                synchronized (a) {
                    System.gc();
                    churn(200);
                }
                held = Thread.holdsLock(a) && Thread.holdsLock(b);
                System.gc();
            }
            held &= Thread.holdsLock(a) && !Thread.holdsLock(b);
            churn(200);
        }
        held &= !Thread.holdsLock(a);
        System.out.println("nested: held as expected=" + held);
    }

    private static void exceptionReleasesTheLock() throws InterruptedException {
        Object lock = new Object();
        String caught = "none";
        try {
            synchronized (lock) {
                synchronized (lock) {
                    churn(200);
                    System.gc();
                    throw new IllegalStateException("thrown while locked");
                }
            }
        } catch (IllegalStateException e) {
            caught = e.getMessage();
        }
        System.gc();
        Tally enteredByOther = new Tally();
        Thread other = new Thread(() -> {
            synchronized (lock) {
                enteredByOther.add(1);
            }
        });
        other.start();
        other.join();
        System.out.println("exception: " + caught + ", released=" + !Thread.holdsLock(lock)
                + ", other thread entered=" + (enteredByOther.count == 1));
    }

    private static void waitNotifyHandoff() throws InterruptedException {
        Slot slot = new Slot();
        Tally tally = new Tally();
        Thread producer = new Thread(() -> {
            for (int i = 1; i <= HANDOFFS; i++) {
                slot.put(i);
                churn(20);
            }
        });
        Thread consumer = new Thread(() -> {
            for (int i = 1; i <= HANDOFFS; i++) {
                tally.add(slot.take());
                churn(20);
                System.gc();
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        System.out.println("handoff: count=" + tally.count + " sum=" + tally.sum);
    }

    private static void identityHashSurvivesCollections() {
        Object hashedBefore = new Object();
        int before = System.identityHashCode(hashedBefore);
        Object hashedWhileLocked = new Object();
        int whileLocked;
        boolean stable;
        synchronized (hashedBefore) {
            churn(200);
            System.gc();
            synchronized (hashedWhileLocked) {
                whileLocked = hashedWhileLocked.hashCode();
                churn(200);
                System.gc();
                stable = hashedWhileLocked.hashCode() == whileLocked;
            }
            stable &= System.identityHashCode(hashedBefore) == before && hashedBefore.hashCode() == before;
        }
        churn(200);
        System.gc();
        stable &= System.identityHashCode(hashedBefore) == before
                && System.identityHashCode(hashedWhileLocked) == whileLocked;
        System.out.println("hash: stable=" + stable);
    }

    /** Allocates {@code kib} KiB in small objects, keeping a few, so collections run and compact. */
    private static void churn(int kib) {
        for (int i = 0; i < kib * 16; i++) {
            int[] small = new int[12];
            small[0] = i;
            if (i % 97 == 0) {
                survivors[survivorIndex] = small;
                survivorIndex = (survivorIndex + 1) % survivors.length;
            }
        }
    }

    /** Counts and sums what one thread hands to another. */
    private static final class Tally {
        int count;
        long sum;

        void add(int value) {
            count++;
            sum += value;
        }
    }

    /** A one-value hand-over place between a producer and a consumer thread. */
    private static final class Slot {
        private int value;
        private boolean full;

        synchronized void put(int newValue) {
            while (full) {
                awaitChange();
            }
            value = newValue;
            full = true;
            notifyAll();
        }

        synchronized int take() {
            while (!full) {
                awaitChange();
            }
            full = false;
            notifyAll();
            return value;
        }

        private void awaitChange() {
            try {
                wait();
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted while handing over", e);
            }
        }
    }
}

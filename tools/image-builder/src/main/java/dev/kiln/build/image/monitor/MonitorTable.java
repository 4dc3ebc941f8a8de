package dev.kiln.build.image.monitor;

/**
 * Where the monitor of each locked object lives in a Kiln image: compiled by TeaVM into every
 * image, and called only by the {@code java.lang.Object} code that {@link MonitorSlotTransformer}
 * rewrites. The keys and the monitors sit in two ordinary arrays reachable from a static field, so
 * TeaVM's garbage collector marks them and updates them when it moves objects.
 *
 * <p>An entry exists only while its monitor is owned, entered or waited on; TeaVM's own code
 * removes it (stores {@code null}) once the monitor is empty again. The table therefore holds a
 * few entries (Dagger's nested provider locks, a thread's held locks), and a linear search by
 * reference is cheaper than hashing, which would need the very identity hash this table serves.
 * Kiln's images run one green thread at a time and nothing here can suspend, so the table needs
 * no locking of its own; it must not use {@code synchronized} or {@code hashCode()}, which would
 * call back into it.
 */
public final class MonitorTable {
    private static final int INITIAL_CAPACITY = 8;

    private static Object[] keys;
    private static Object[] monitors;
    private static int size;

    private MonitorTable() {}

    /** The monitor of {@code object}, or null if it has none. */
    public static Object get(Object object) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == object) {
                return monitors[i];
            }
        }
        return null;
    }

    /** Sets the monitor of {@code object}; null removes it. */
    public static void put(Object object, Object monitor) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == object) {
                if (monitor != null) {
                    monitors[i] = monitor;
                } else {
                    remove(i);
                }
                return;
            }
        }
        if (monitor != null) {
            add(object, monitor);
        }
    }

    private static void add(Object object, Object monitor) {
        if (keys == null) {
            keys = new Object[INITIAL_CAPACITY];
            monitors = new Object[INITIAL_CAPACITY];
        } else if (size == keys.length) {
            keys = copyOf(keys, size * 2);
            monitors = copyOf(monitors, size * 2);
        }
        keys[size] = object;
        monitors[size] = monitor;
        size++;
    }

    private static void remove(int index) {
        size--;
        keys[index] = keys[size];
        monitors[index] = monitors[size];
        keys[size] = null;
        monitors[size] = null;
    }

    private static Object[] copyOf(Object[] array, int length) {
        Object[] copy = new Object[length];
        System.arraycopy(array, 0, copy, 0, array.length);
        return copy;
    }
}

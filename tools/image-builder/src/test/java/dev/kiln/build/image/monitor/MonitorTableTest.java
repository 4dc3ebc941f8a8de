package dev.kiln.build.image.monitor;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table's bookkeeping on the JVM; {@code SptImageTest} checks it inside a guest under GC. */
class MonitorTableTest {
    @Test
    void findsMonitorsByIdentityNotByEquality() {
        String key = new String("lock");
        String equalKey = new String("lock");
        Object monitor = new Object();

        MonitorTable.put(key, monitor);

        assertThat(MonitorTable.get(key)).isSameInstanceAs(monitor);
        assertThat(MonitorTable.get(equalKey)).isNull();
        MonitorTable.put(key, null);
        assertThat(MonitorTable.get(key)).isNull();
    }

    @Test
    void replacesGrowsAndRemovesInAnyOrder() {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Object key = new Object();
            keys.add(key);
            MonitorTable.put(key, "first " + i);
        }
        for (int i = 0; i < 50; i += 2) {
            MonitorTable.put(keys.get(i), "second " + i);
        }
        for (int i = 0; i < 50; i += 3) {
            MonitorTable.put(keys.get(i), null);
        }

        for (int i = 0; i < 50; i++) {
            Object expected = i % 3 == 0 ? null : (i % 2 == 0 ? "second " : "first ") + i;
            assertThat(MonitorTable.get(keys.get(i))).isEqualTo(expected);
        }
        keys.forEach(key -> MonitorTable.put(key, null));
        assertThat(MonitorTable.get(keys.get(1))).isNull();
    }

    @Test
    void removingAnAbsentKeyChangesNothing() {
        Object kept = new Object();
        MonitorTable.put(kept, "monitor");

        MonitorTable.put(new Object(), null);

        assertThat(MonitorTable.get(kept)).isEqualTo("monitor");
        MonitorTable.put(kept, null);
    }
}

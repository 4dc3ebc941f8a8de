package dev.kiln.kvstore;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.kiln.api.kv.KvBatch;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Ends the store at random moments (a write or barrier of the device, with unflushed writes
 * persisted in any order and one sector possibly torn), reopens it, and checks that it holds
 * exactly what was acknowledged, or that plus the whole operation in flight, and nothing else.
 */
class CrashConsistencyTest {
  private static final int RUNS = 300;
  private static final int CRASHES_PER_RUN = 3;
  private static final String[] KEYS = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j",
      "users/1", "users/2", "\u00e9t\u00e9", "\ud83d\udd11"};

  /** One operation: a batch, which also stands for single puts and deletes. */
  private record Operation(KvBatch batch, boolean single) {}

  @Test
  void everyAcknowledgedWriteSurvivesAndNothingElseAppears() {
    int crashes = 0;
    int crashesInCompactingWrites = 0;
    for (int run = 0; run < RUNS; run++) {
      Random random = new Random(run);
      CrashingBlockDevice device =
          new CrashingBlockDevice(new byte[Stores.SMALL_DEVICE_BYTES], random);
      TreeMap<String, byte[]> acknowledged = new TreeMap<>();
      Operation inFlight = null;
      for (int cycle = 0; cycle < CRASHES_PER_RUN; cycle++) {
        device.crashAt(random.nextInt(cycle == 0 ? 30 : 110));
        LogStore store = null;
        int compactionsBefore = 0;
        try {
          store = Stores.open(device, FormatPolicy.IF_EMPTY, run);
          acknowledged = settle(store, acknowledged, inFlight, run, cycle);
          inFlight = null;
          for (int step = 0; step < 40; step++) {
            inFlight = randomOperation(random);
            compactionsBefore = store.compactions();
            perform(store, inFlight);
            acknowledged = applied(acknowledged, inFlight);
            inFlight = null;
          }
        } catch (CrashingBlockDevice.Crash crash) {
          crashes++;
          if (store != null && inFlight != null && store.usedBytes() + 4096 > store.areaBytes()
              && store.compactions() == compactionsBefore) {
            crashesInCompactingWrites++;
          }
        }
        device = device.afterCrash();
      }
      LogStore last = Stores.open(device, FormatPolicy.NEVER, run);
      settle(last, acknowledged, inFlight, run, CRASHES_PER_RUN);
    }
    assertWithMessage("crashes simulated").that(crashes).isAtLeast(RUNS * 2);
    assertWithMessage("crashes in writes that had to compact first")
        .that(crashesInCompactingWrites).isAtLeast(10);
  }

  /**
   * Checks the reopened store holds {@code acknowledged}, or that with {@code inFlight}
   * applied, and returns the one it holds.
   */
  private static TreeMap<String, byte[]> settle(LogStore store, TreeMap<String, byte[]> acknowledged,
      Operation inFlight, int run, int cycle) {
    TreeMap<String, byte[]> found = new TreeMap<>();
    for (String key : store.keys()) {
      found.put(key, store.get(key));
    }
    if (same(found, acknowledged)) {
      return acknowledged;
    }
    if (inFlight != null) {
      TreeMap<String, byte[]> after = applied(acknowledged, inFlight);
      if (same(found, after)) {
        return after;
      }
    }
    throw new AssertionError("run " + run + ", after crash " + cycle + ": the store holds "
        + describe(found) + " but acknowledged were " + describe(acknowledged)
        + (inFlight == null ? "" : " with an operation in flight"));
  }

  private static Operation randomOperation(Random random) {
    KvBatch batch = new KvBatch();
    int kind = random.nextInt(10);
    int count = kind < 7 ? 1 : 2 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      String key = KEYS[random.nextInt(KEYS.length)];
      if (kind == 6) {
        batch.delete(key);
      } else {
        int length = random.nextInt(4) == 0 ? random.nextInt(3000) : random.nextInt(200);
        batch.put(key, Stores.value(length, random.nextInt()));
      }
    }
    return new Operation(batch, count == 1);
  }

  private static void perform(LogStore store, Operation operation) {
    if (operation.single()) {
      KvBatch.Operation only = operation.batch().operations().get(0);
      if (only.isDelete()) {
        store.delete(only.key());
      } else {
        store.put(only.key(), only.value());
      }
    } else {
      store.apply(operation.batch());
    }
  }

  private static TreeMap<String, byte[]> applied(TreeMap<String, byte[]> state,
      Operation operation) {
    TreeMap<String, byte[]> next = new TreeMap<>(state);
    for (KvBatch.Operation each : operation.batch().operations()) {
      if (each.isDelete()) {
        next.remove(each.key());
      } else {
        next.put(each.key(), each.value());
      }
    }
    return next;
  }

  private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, byte[]> entry : a.entrySet()) {
      if (!Arrays.equals(entry.getValue(), b.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static String describe(Map<String, byte[]> state) {
    StringBuilder text = new StringBuilder("{");
    for (Map.Entry<String, byte[]> entry : state.entrySet()) {
      text.append(entry.getKey()).append('=').append(entry.getValue().length).append("B ");
    }
    return text.append('}').toString();
  }
}

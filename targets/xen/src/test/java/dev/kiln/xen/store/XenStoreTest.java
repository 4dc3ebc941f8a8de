package dev.kiln.xen.store;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.xen.sim.SimulatedXen;
import dev.kiln.xen.sim.SimulatedXenStored;
import java.util.List;
import org.junit.jupiter.api.Test;

class XenStoreTest {
  private static final long SECOND = 1_000_000_000L;
  private final SimulatedXen xen = new SimulatedXen(1);
  private final SimulatedXenStored daemon = new SimulatedXenStored(xen);
  private final XenStore store = new XenStore(daemon.page(), daemon.port(), xen, SECOND);

  @Test
  void readsRelativeAndAbsolutePaths() {
    daemon.put("/vm/name", "web");
    assertThat(store.read("domid")).isEqualTo("7");
    assertThat(store.read("/vm/name")).isEqualTo("web");
  }

  @Test
  void writeThenRead() {
    store.write("data/answer", "42");
    assertThat(daemon.get("/local/domain/7/data/answer")).isEqualTo("42");
    assertThat(store.read("data/answer")).isEqualTo("42");
  }

  @Test
  void missingNodeIsEnoent() {
    XenStoreException e = assertThrows(XenStoreException.class, () -> store.read("nope"));
    assertThat(e.errno()).isEqualTo("ENOENT");
    assertThat(e).hasMessageThat().contains("nope");
    assertThat(store.readOr("nope", "default")).isEqualTo("default");
  }

  @Test
  void directoryListsChildren() {
    daemon.put("device/vif/0/state", "1");
    daemon.put("device/vif/1/state", "1");
    daemon.put("device/vif/10/state", "1");
    assertThat(store.directory("device/vif")).containsExactly("0", "1", "10");
  }

  @Test
  void removeDeletesTheSubtree() {
    store.write("a/b/c", "x");
    store.remove("a");
    assertThat(daemon.get("a/b/c")).isNull();
  }

  @Test
  void watchFiresOnceAtOnceThenOnChangesBelowIt() {
    store.watch("backend", "tok");
    assertThat(store.awaitWatch(xen.nanoTime() + SECOND)).isEqualTo(new WatchEvent("backend", "tok"));
    daemon.put("backend/state", "4");
    WatchEvent event = store.awaitWatch(xen.nanoTime() + SECOND);
    assertThat(event.path()).isEqualTo(SimulatedXenStored.HOME + "/backend/state");
    assertThat(event.token()).isEqualTo("tok");
    assertThat(store.awaitWatch(xen.nanoTime() + SECOND)).isNull();
  }

  @Test
  void watchEventsArrivingBeforeAReplyAreKept() {
    store.watch("x", "t");
    store.awaitWatch(xen.nanoTime() + SECOND);
    store.write("x/y", "1"); // fires the watch before the write's reply is read
    assertThat(store.read("x/y")).isEqualTo("1");
    assertThat(store.awaitWatch(xen.nanoTime() + SECOND).token()).isEqualTo("t");
  }

  @Test
  void transactionCommitsAtomically() {
    int t = store.startTransaction();
    store.write(t, "ring-ref", "8");
    store.write(t, "event-channel", "12");
    assertThat(daemon.get("ring-ref")).isNull();
    assertThat(store.read(t, "ring-ref")).isEqualTo("8");
    assertThat(store.endTransaction(t, true)).isTrue();
    assertThat(daemon.get("ring-ref")).isEqualTo("8");
    assertThat(daemon.get("event-channel")).isEqualTo("12");
  }

  @Test
  void conflictingTransactionAnswersFalseForARetry() {
    int t = store.startTransaction();
    store.write(t, "k", "mine");
    daemon.put("other", "changed meanwhile");
    assertThat(store.endTransaction(t, true)).isFalse();
    assertThat(daemon.get("k")).isNull();
  }

  @Test
  void abortedTransactionChangesNothing() {
    int t = store.startTransaction();
    store.write(t, "k", "v");
    assertThat(store.endTransaction(t, false)).isTrue();
    assertThat(daemon.get("k")).isNull();
  }

  @Test
  void messagesLargerThanTheRingCrossItsEndInPieces() {
    String big = "v".repeat(3000); // bigger than the 1024-byte rings both ways
    for (int i = 0; i < 5; i++) {
      store.write("big" + i, big + i);
      assertThat(store.read("big" + i)).isEqualTo(big + i);
    }
  }

  @Test
  void manySmallRequestsWrapTheRingIndices() {
    for (int i = 0; i < 500; i++) {
      store.write("n", Integer.toString(i));
      assertThat(store.read("n")).isEqualTo(Integer.toString(i));
    }
  }

  @Test
  void oversizedRequestIsRefusedBeforeSending() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> store.write("k", "x".repeat(5000)));
    assertThat(e).hasMessageThat().contains("at most 4096");
    assertThat(daemon.log).doesNotContain("11 " + SimulatedXenStored.HOME + "/k");
  }

  @Test
  void silentDaemonTimesOut() {
    SimulatedXen lonely = new SimulatedXen(1);
    var page = lonely.newPage();
    int port = lonely.boundPort(() -> {});
    XenStore client = new XenStore(page, port, lonely, SECOND);
    XenStoreException e = assertThrows(XenStoreException.class, () -> client.read("x"));
    assertThat(e.errno()).isEqualTo("ETIMEDOUT");
  }

  @Test
  void codecRoundTripsAndRejectsHugeLengths() {
    XenStoreMessage m = new XenStoreMessage(XenStoreMessage.WRITE, 5, 2,
        XenStoreMessage.strings("a", "b"));
    byte[] wire = m.encode();
    assertThat(wire.length).isEqualTo(16 + 4);
    assertThat(wire[0]).isEqualTo(11);
    assertThat(wire[12]).isEqualTo(4);
    byte[] header = java.util.Arrays.copyOf(wire, 16);
    XenStoreMessage back = XenStoreMessage.decode(header,
        java.util.Arrays.copyOfRange(wire, 16, wire.length));
    assertThat(back.splitStrings()).isEqualTo(List.of("a", "b"));
    header[12] = (byte) 0xff;
    header[13] = (byte) 0xff;
    assertThrows(XenStoreException.class, () -> XenStoreMessage.payloadLength(header));
  }
}

package dev.kiln.xen.block;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.BlockException;
import dev.kiln.xen.bus.Frontend;
import dev.kiln.xen.grant.GrantTable;
import dev.kiln.xen.sim.SimulatedBlkback;
import dev.kiln.xen.sim.SimulatedXen;
import dev.kiln.xen.sim.SimulatedXenStored;
import dev.kiln.xen.store.XenStore;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Blkfront against a simulated blkback backed by a byte array. */
class BlkfrontTest {
  private static final long SECOND = 1_000_000_000L;
  private final SimulatedXen xen = new SimulatedXen(4);
  private final SimulatedXenStored daemon = new SimulatedXenStored(xen);
  private final byte[] disk = new byte[1 << 20];
  private final SimulatedBlkback blkback = new SimulatedBlkback(xen, daemon, 51712, disk, 512);
  private final XenStore store = new XenStore(daemon.page(), daemon.port(), xen, SECOND);

  private Blkfront connect() {
    Frontend frontend = new Frontend(store, Frontend.nodeOf(store, "vbd", 0));
    return new Blkfront(xen, new GrantTable(xen.grantTable()), frontend,
        xen.nanoTime() + 5 * SECOND, SECOND);
  }

  @Test
  void handshakeGoesInitialisedThenConnectedAndReadsTheGeometry() {
    Blkfront blkfront = connect();
    assertThat(daemon.get(blkback.frontend + "/state")).isEqualTo("4");
    assertThat(daemon.get(blkback.frontend + "/protocol")).isEqualTo("x86_64-abi");
    assertThat(blkfront.capacity()).isEqualTo(disk.length);
    assertThat(blkfront.blockSize()).isEqualTo(512);
    assertThat(blkfront.readOnly()).isFalse();
  }

  @Test
  void readsWhatTheDiskHolds() {
    new Random(1).nextBytes(disk);
    Blkfront blkfront = connect();
    byte[] buffer = new byte[4096];
    blkfront.read(8192, buffer, 0, 4096);
    assertThat(buffer).isEqualTo(java.util.Arrays.copyOfRange(disk, 8192, 8192 + 4096));
  }

  @Test
  void writesReachTheDiskAndReadBack() {
    Blkfront blkfront = connect();
    byte[] data = new byte[512];
    new Random(2).nextBytes(data);
    blkfront.write(512 * 100, data, 0, 512);
    assertThat(java.util.Arrays.copyOfRange(disk, 512 * 100, 512 * 101)).isEqualTo(data);
    byte[] back = new byte[512];
    blkfront.read(512 * 100, back, 0, 512);
    assertThat(back).isEqualTo(data);
  }

  @Test
  void largeTransfersSplitIntoRequestsOfElevenPages() {
    Blkfront blkfront = connect();
    byte[] data = new byte[100 * 1024 + 512]; // not a whole number of pages
    new Random(3).nextBytes(data);
    blkfront.write(4096, data, 0, data.length);
    assertThat(java.util.Arrays.copyOfRange(disk, 4096, 4096 + data.length)).isEqualTo(data);
    assertThat(blkback.maxSegmentsSeen).isEqualTo(11);
    assertThat(blkback.requests).isEqualTo(3); // 45056 + 45056 + 12800 bytes
    byte[] back = new byte[data.length];
    blkfront.read(4096, back, 0, back.length);
    assertThat(back).isEqualTo(data);
  }

  @Test
  void manyRequestsWrapTheRing() {
    Blkfront blkfront = connect();
    byte[] block = new byte[512];
    for (int i = 0; i < 300; i++) {
      block[0] = (byte) i;
      blkfront.write((long) (i % 2048) * 512, block, 0, 512);
    }
    assertThat(disk[299 * 512]).isEqualTo((byte) 299);
  }

  @Test
  void backendErrorBecomesABlockException() {
    Blkfront blkfront = connect();
    disk[0] = 1;
    // The frontend checks nothing itself (the capability layer does); the backend refuses.
    BlockException e = assertThrows(BlockException.class,
        () -> blkfront.read(disk.length, new byte[512], 0, 512));
    assertThat(e).hasMessageThat().contains("status -1");
  }

  @Test
  void readOnlyDiskRefusesWrites() {
    daemon.put(blkback.backend + "/mode", "r");
    Blkfront blkfront = connect();
    assertThat(blkfront.readOnly()).isTrue();
    assertThrows(BlockException.class, () -> blkfront.write(0, new byte[512], 0, 512));
  }

  @Test
  void sectorSizeOtherThan512IsHonoured() {
    SimulatedXen xen4k = new SimulatedXen(4);
    SimulatedXenStored daemon4k = new SimulatedXenStored(xen4k);
    byte[] disk4k = new byte[1 << 16];
    new SimulatedBlkback(xen4k, daemon4k, 51712, disk4k, 4096);
    XenStore store4k = new XenStore(daemon4k.page(), daemon4k.port(), xen4k, SECOND);
    Blkfront blkfront = new Blkfront(xen4k, new GrantTable(xen4k.grantTable()),
        new Frontend(store4k, Frontend.nodeOf(store4k, "vbd", 0)), xen4k.nanoTime() + SECOND,
        SECOND);
    assertThat(blkfront.blockSize()).isEqualTo(4096);
    assertThat(blkfront.capacity()).isEqualTo(disk4k.length);
  }
}

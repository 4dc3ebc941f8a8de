package dev.kiln.block;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BlockCacheTest {
  private final RecordingBlockDevice device = new RecordingBlockDevice(256);
  private final BlockCache cache = new BlockCache(device, 128);

  @Test
  void aPartialSectorWriteKeepsTheRestOfTheSector() {
    Arrays.fill(device.bytes(), (byte) 7);
    byte[] data = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    cache.write(507, data, 0, data.length);
    cache.flush();

    assertThat(device.requests).containsExactly("read 0+1", "read 1+1", "write 0+2", "flush")
        .inOrder();
    assertThat(Arrays.copyOfRange(device.bytes(), 507, 517)).isEqualTo(data);
    assertThat(device.bytes()[506]).isEqualTo(7);
    assertThat(device.bytes()[517]).isEqualTo(7);
  }

  @Test
  void aWholeSectorWriteReadsNothing() {
    cache.write(1024, new byte[1024], 0, 1024);
    cache.flush();

    assertThat(device.requests).containsExactly("write 2+2", "flush").inOrder();
  }

  @Test
  void writesWaitForTheBarrierAndConsecutiveSectorsMergeIntoOneRequest() {
    byte[] sector = new byte[512];
    for (int i = 0; i < 8; i++) {
      Arrays.fill(sector, (byte) i);
      cache.write(i * 512L, sector, 0, 512);
    }
    cache.write(20 * 512L, sector, 0, 512);
    assertThat(device.requests).isEmpty();

    cache.flush();

    assertThat(device.requests).containsExactly("write 0+8", "write 20+1", "flush").inOrder();
    assertThat(device.bytes()[3 * 512]).isEqualTo(3);
  }

  @Test
  void aSectorRewrittenBetweenBarriersIsWrittenOnce() {
    for (int i = 0; i < 100; i++) {
      cache.write(i, new byte[] {(byte) i}, 0, 1);
    }
    cache.flush();

    assertThat(device.writes()).isEqualTo(1);
    assertThat(device.bytes()[99]).isEqualTo(99);
  }

  @Test
  void readsSeeWritesNotYetWrittenBack() {
    cache.write(5000, new byte[] {42, 43}, 0, 2);
    byte[] read = new byte[4];
    cache.read(4999, read, 0, 4);

    assertThat(read).isEqualTo(new byte[] {0, 42, 43, 0});
    assertThat(device.writes()).isEqualTo(0);
  }

  @Test
  void aScanReadsAheadAndRandomReadsReadOnlyTheirSectors() {
    byte[] piece = new byte[100];
    for (long position = 0; position < 64 * 1024; position += piece.length) {
      cache.read(position, piece, 0, (int) Math.min(piece.length, 64 * 1024 - position));
    }
    // 128 sectors scanned; the window grows 8, 16, 32, 64.
    assertThat(device.reads()).isAtMost(6);

    device.requests.clear();
    cache.read(200 * 512L + 10, piece, 0, piece.length);
    cache.read(240 * 512L + 10, piece, 0, piece.length);
    assertThat(device.requests).containsExactly("read 200+1", "read 240+1").inOrder();
  }

  @Test
  void aMissReadsEveryMissingSectorOfTheRequestInOneRequest() {
    byte[] buffer = new byte[4096];
    cache.read(512 * 3, buffer, 0, buffer.length);

    assertThat(device.requests).containsExactly("read 3+8");
  }

  @Test
  void cachedSectorsAreNotReadAgain() {
    byte[] buffer = new byte[512];
    cache.read(0, buffer, 0, 512);
    cache.read(0, buffer, 0, 512);

    assertThat(device.reads()).isEqualTo(1);
  }

  @Test
  void tooManyDirtySectorsAreWrittenBackWithoutABarrier() {
    BlockCache small = new BlockCache(device, 4);
    small.write(0, new byte[512 * 5], 0, 512 * 5);

    assertThat(device.requests).containsExactly("write 0+5");
    assertThat(small.dirtySectors()).isEqualTo(0);
  }

  @Test
  void theBarrierWorksOnADeviceWithoutItsOwnFlush() {
    MemoryBlockDevice plain = new MemoryBlockDevice("plain", 512, 8);
    BlockCache plainCache = new BlockCache(plain, 8);
    plainCache.write(600, new byte[] {9}, 0, 1);
    plainCache.flush();

    assertThat(plain.bytes()[600]).isEqualTo(9);
  }

  @Test
  void requestsOutsideTheDeviceOrTheBufferAreRefused() {
    byte[] buffer = new byte[10];
    assertThrows(IllegalArgumentException.class, () -> cache.read(-1, buffer, 0, 1));
    assertThrows(IllegalArgumentException.class,
        () -> cache.write(256 * 512L - 5, buffer, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> cache.read(0, buffer, 5, 6));
    assertThat(device.requests).isEmpty();
  }
}

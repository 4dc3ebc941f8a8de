package dev.kiln.kvstore;

import static com.google.common.truth.Truth.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CodecTest {
  @Property(tries = 200)
  void superblockParseOfEmitIsIdentity(@ForAll long uuidHigh, @ForAll long uuidLow,
      @ForAll long counter, @ForAll long epoch, @ForAll long generation,
      @ForAll @IntRange(max = 1) int area) {
    Superblock superblock = new Superblock(512, uuidHigh, uuidLow, counter, epoch, generation,
        area, epoch - 1, counter + 3, 8192, 8192 + 65536, 65536);
    byte[] sector = new byte[512];
    superblock.emit(sector);
    assertThat(Superblock.parse(sector).superblock()).isEqualTo(superblock);
  }

  @Test
  void aSuperblockWithAFlippedBitIsDamaged() {
    byte[] sector = new byte[512];
    new Superblock(512, 1, 2, 3, 4, 5, 0, 4, 1, 8192, 73728, 65536).emit(sector);
    sector[45] ^= 0x10;
    assertThat(Superblock.parse(sector).problem()).isEqualTo(Superblock.Problem.DAMAGED);
    assertThat(Superblock.parse(new byte[512]).problem())
        .isEqualTo(Superblock.Problem.NOT_A_STORE);
  }

  @Property(tries = 200)
  void groupHeaderParseOfEmitIsIdentity(@ForAll long storeId, @ForAll long generation,
      @ForAll long epoch, @ForAll long sequence, @ForAll @IntRange(max = 1 << 21) int length,
      @ForAll @IntRange(max = 1000) int records, @ForAll int crc) {
    GroupHeader header =
        new GroupHeader(storeId, generation, epoch, sequence, length, records, crc);
    byte[] bytes = new byte[100];
    header.emit(bytes, 7);
    assertThat(GroupHeader.parse(bytes, 7)).isEqualTo(header);
  }

  @Property(tries = 300)
  void arbitraryBytesAreNoHeaderOrRecord(@ForAll @Size(min = 64, max = 200) byte[] bytes) {
    GroupHeader.parse(bytes, 0);
    int length = LogRecord.check(bytes, 0, bytes.length);
    assertThat(length).isAtMost(bytes.length);
  }

  @Property(tries = 300)
  void aRecordChecksOutUntilAnyByteChanges(@ForAll @Size(min = 1, max = 40) byte[] key,
      @ForAll @Size(max = 100) byte[] value, @ForAll int position, @ForAll byte flip) {
    byte[] bytes = new byte[LogRecord.length(key, value) + 3];
    int length = LogRecord.emit(bytes, 3, key, value);
    assertThat(LogRecord.check(bytes, 3, bytes.length)).isEqualTo(length);
    int at = 3 + Math.floorMod(position, length);
    byte mask = flip == 0 ? 1 : flip;
    bytes[at] ^= mask;
    assertThat(LogRecord.check(bytes, 3, bytes.length)).isEqualTo(-1);
  }
}

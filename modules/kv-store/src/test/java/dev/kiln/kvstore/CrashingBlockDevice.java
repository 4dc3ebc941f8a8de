package dev.kiln.kvstore;

import dev.kiln.api.BlockRequests;
import dev.kiln.block.FlushableBlockDevice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A block device with a volatile write cache that can crash. Writes are visible to reads at
 * once but stable only after {@link #flush()}. At the crash (the n-th write or flush), every
 * write since the last completed flush, the one in flight included, reaches stable storage
 * sector by sector at random, in no particular order, and one of those sectors may be torn:
 * only its first bytes written. Then every call throws {@link Crash}; {@link #afterCrash()} is
 * the device as the next boot finds it.
 */
final class CrashingBlockDevice implements FlushableBlockDevice {
  /** The simulated end of the image. */
  static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash() {
      super("simulated crash");
    }
  }

  private record PendingWrite(long offset, byte[] data) {}

  static final int SECTOR = 512;

  private final byte[] stable;
  private final byte[] visible;
  private final List<PendingWrite> pending = new ArrayList<>();
  private final Random random;
  private long eventsBeforeCrash = Long.MAX_VALUE;
  private long events;
  private boolean crashed;

  CrashingBlockDevice(byte[] stable, Random random) {
    this.stable = stable;
    this.visible = stable.clone();
    this.random = random;
  }

  /** Crashes at the {@code events}-th write or flush from now (0: the next one). */
  void crashAt(long events) {
    this.eventsBeforeCrash = events;
    this.events = 0;
  }

  boolean crashed() {
    return crashed;
  }

  /** The stable bytes, as a device for the next boot. */
  CrashingBlockDevice afterCrash() {
    return new CrashingBlockDevice(stable.clone(), random);
  }

  /** The stable bytes themselves, to damage on purpose. */
  byte[] stableBytes() {
    return stable;
  }

  @Override
  public String name() {
    return "storage";
  }

  @Override
  public int blockSize() {
    return SECTOR;
  }

  @Override
  public long capacity() {
    return stable.length;
  }

  @Override
  public void read(long offset, byte[] buffer, int bufferOffset, int length) {
    checkAlive();
    BlockRequests.check(this, offset, buffer, bufferOffset, length);
    System.arraycopy(visible, (int) offset, buffer, bufferOffset, length);
  }

  @Override
  public void write(long offset, byte[] buffer, int bufferOffset, int length) {
    checkAlive();
    BlockRequests.check(this, offset, buffer, bufferOffset, length);
    byte[] data = Arrays.copyOfRange(buffer, bufferOffset, bufferOffset + length);
    pending.add(new PendingWrite(offset, data));
    System.arraycopy(data, 0, visible, (int) offset, length);
    if (events++ == eventsBeforeCrash) {
      crash();
    }
  }

  @Override
  public void flush() {
    checkAlive();
    if (events++ == eventsBeforeCrash) {
      crash();
    }
    for (PendingWrite write : pending) {
      System.arraycopy(write.data(), 0, stable, (int) write.offset(), write.data().length);
    }
    pending.clear();
  }

  private void crash() {
    int sectors = 0;
    for (PendingWrite write : pending) {
      sectors += write.data().length / SECTOR;
    }
    int torn = sectors > 0 && random.nextBoolean() ? random.nextInt(sectors) : -1;
    int index = 0;
    for (PendingWrite write : pending) {
      for (int at = 0; at < write.data().length; at += SECTOR, index++) {
        int target = (int) write.offset() + at;
        if (index == torn) {
          System.arraycopy(write.data(), at, stable, target, 1 + random.nextInt(SECTOR - 1));
        } else if (random.nextBoolean()) {
          System.arraycopy(write.data(), at, stable, target, SECTOR);
        }
      }
    }
    pending.clear();
    crashed = true;
    throw new Crash();
  }

  private void checkAlive() {
    if (crashed) {
      throw new Crash();
    }
  }
}

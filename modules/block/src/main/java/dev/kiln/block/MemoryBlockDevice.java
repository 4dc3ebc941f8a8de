package dev.kiln.block;

import dev.kiln.api.BlockDevice;
import dev.kiln.api.BlockRequests;

/** A block device in memory: a RAM disk, and the device tests run stores and caches on. */
public final class MemoryBlockDevice implements BlockDevice {
  private final String name;
  private final int blockSize;
  private final byte[] data;

  /** A zero-filled device of {@code blocks} blocks of {@code blockSize} bytes. */
  public MemoryBlockDevice(String name, int blockSize, int blocks) {
    if (blockSize < 512 || Integer.bitCount(blockSize) != 1) {
      throw new IllegalArgumentException("block size " + blockSize
          + " is not a power of two of at least 512");
    }
    if (blocks < 1 || (long) blocks * blockSize > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(blocks + " blocks of " + blockSize
          + " bytes do not fit a memory device");
    }
    this.name = name;
    this.blockSize = blockSize;
    this.data = new byte[blocks * blockSize];
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int blockSize() {
    return blockSize;
  }

  @Override
  public long capacity() {
    return data.length;
  }

  @Override
  public void read(long offset, byte[] buffer, int bufferOffset, int length) {
    BlockRequests.check(this, offset, buffer, bufferOffset, length);
    System.arraycopy(data, (int) offset, buffer, bufferOffset, length);
  }

  @Override
  public void write(long offset, byte[] buffer, int bufferOffset, int length) {
    BlockRequests.check(this, offset, buffer, bufferOffset, length);
    System.arraycopy(buffer, bufferOffset, data, (int) offset, length);
  }

  /** The device's bytes themselves, for tests that inspect or damage them. */
  public byte[] bytes() {
    return data;
  }
}

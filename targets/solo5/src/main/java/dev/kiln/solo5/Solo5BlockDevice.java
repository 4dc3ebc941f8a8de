package dev.kiln.solo5;

import dev.kiln.api.BlockDevice;
import dev.kiln.api.BlockException;
import dev.kiln.api.BlockRequests;
import dev.kiln.solo5.internal.Solo5Calls;

/** A Solo5 block device; requests are split into the one-block calls the interface takes. */
final class Solo5BlockDevice implements BlockDevice {
  private final String name;
  private final long handle;
  private final long capacity;
  private final int blockSize;

  Solo5BlockDevice(String name, long handle, long capacity, int blockSize) {
    this.name = name;
    this.handle = handle;
    this.capacity = capacity;
    this.blockSize = blockSize;
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
    return capacity;
  }

  @Override
  public void read(long offset, byte[] buffer, int bufferOffset, int length) {
    BlockRequests.check(this, offset, buffer, bufferOffset, length);
    for (int done = 0; done < length; done += blockSize) {
      int result = Solo5Calls.blockRead(handle, offset + done, buffer, bufferOffset + done,
          blockSize);
      if (result != Solo5Calls.OK) {
        throw failure("read", offset + done, result);
      }
    }
  }

  @Override
  public void write(long offset, byte[] buffer, int bufferOffset, int length) {
    BlockRequests.check(this, offset, buffer, bufferOffset, length);
    for (int done = 0; done < length; done += blockSize) {
      int result = Solo5Calls.blockWrite(handle, offset + done, buffer, bufferOffset + done,
          blockSize);
      if (result != Solo5Calls.OK) {
        throw failure("write", offset + done, result);
      }
    }
  }

  private BlockException failure(String operation, long offset, int result) {
    return new BlockException(operation + " of block at " + offset + " on " + name + " failed: "
        + Solo5Calls.describe(result));
  }
}

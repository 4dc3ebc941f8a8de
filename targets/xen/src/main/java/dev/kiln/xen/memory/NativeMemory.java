package dev.kiln.xen.memory;

import dev.kiln.xen.internal.XenCalls;

/** Guest memory at an address, identity-mapped by the bindings (frame = address / 4096). */
final class NativeMemory implements SharedMemory {
  private final long address;
  private final int size;

  NativeMemory(long address, int size) {
    if (address == 0 || address % PAGE_SIZE != 0 || size <= 0 || size % PAGE_SIZE != 0) {
      throw new IllegalArgumentException("shared memory must be whole pages, got " + size
          + " bytes at 0x" + Long.toHexString(address));
    }
    this.address = address;
    this.size = size;
  }

  private long at(int offset, int width) {
    if (offset < 0 || offset > size - width) {
      throw new IndexOutOfBoundsException(offset + "+" + width + " outside " + size + " bytes");
    }
    return address + offset;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public long frame(int offset) {
    return at(offset, 1) / PAGE_SIZE;
  }

  @Override
  public int getByte(int offset) {
    return XenCalls.load8(at(offset, 1));
  }

  @Override
  public int getShort(int offset) {
    return XenCalls.load16(at(offset, 2));
  }

  @Override
  public int getInt(int offset) {
    return XenCalls.load32(at(offset, 4));
  }

  @Override
  public long getLong(int offset) {
    return XenCalls.load64(at(offset, 8));
  }

  @Override
  public void putByte(int offset, int value) {
    XenCalls.store8(at(offset, 1), value);
  }

  @Override
  public void putShort(int offset, int value) {
    XenCalls.store16(at(offset, 2), value);
  }

  @Override
  public void putInt(int offset, int value) {
    XenCalls.store32(at(offset, 4), value);
  }

  @Override
  public void putLong(int offset, long value) {
    XenCalls.store64(at(offset, 8), value);
  }

  @Override
  public int compareAndExchangeShort(int offset, int expected, int value) {
    return XenCalls.cmpxchg16(at(offset, 2), expected, value);
  }

  @Override
  public void copyIn(int offset, byte[] source, int sourceOffset, int length) {
    if (sourceOffset < 0 || length < 0 || sourceOffset > source.length - length) {
      throw new IndexOutOfBoundsException("source range");
    }
    if (length > 0) {
      XenCalls.copyTo(at(offset, length), source, sourceOffset, length);
    }
  }

  @Override
  public void copyOut(int offset, byte[] target, int targetOffset, int length) {
    if (targetOffset < 0 || length < 0 || targetOffset > target.length - length) {
      throw new IndexOutOfBoundsException("target range");
    }
    if (length > 0) {
      XenCalls.copyFrom(at(offset, length), target, targetOffset, length);
    }
  }

  @Override
  public void fence() {
    XenCalls.fence();
  }
}

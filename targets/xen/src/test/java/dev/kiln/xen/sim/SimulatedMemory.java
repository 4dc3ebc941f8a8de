package dev.kiln.xen.sim;

import dev.kiln.xen.memory.SharedMemory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Guest pages on the JVM heap, numbered with consecutive frames from {@code firstFrame}. */
public final class SimulatedMemory implements SharedMemory {
  private final ByteBuffer bytes;
  private final long firstFrame;
  private int fences;

  public SimulatedMemory(long firstFrame, int pages) {
    this.bytes = ByteBuffer.allocate(pages * PAGE_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    this.firstFrame = firstFrame;
  }

  @Override
  public int size() {
    return bytes.capacity();
  }

  @Override
  public long frame(int offset) {
    check(offset, 1);
    return firstFrame + offset / PAGE_SIZE;
  }

  @Override
  public int getByte(int offset) {
    check(offset, 1);
    return bytes.get(offset) & 0xff;
  }

  @Override
  public int getShort(int offset) {
    check(offset, 2);
    return bytes.getShort(offset) & 0xffff;
  }

  @Override
  public int getInt(int offset) {
    check(offset, 4);
    return bytes.getInt(offset);
  }

  @Override
  public long getLong(int offset) {
    check(offset, 8);
    return bytes.getLong(offset);
  }

  @Override
  public void putByte(int offset, int value) {
    check(offset, 1);
    bytes.put(offset, (byte) value);
  }

  @Override
  public void putShort(int offset, int value) {
    check(offset, 2);
    bytes.putShort(offset, (short) value);
  }

  @Override
  public void putInt(int offset, int value) {
    check(offset, 4);
    bytes.putInt(offset, value);
  }

  @Override
  public void putLong(int offset, long value) {
    check(offset, 8);
    bytes.putLong(offset, value);
  }

  @Override
  public int compareAndExchangeShort(int offset, int expected, int value) {
    int seen = getShort(offset);
    if (seen == (expected & 0xffff)) {
      putShort(offset, value);
    }
    return seen;
  }

  @Override
  public void copyIn(int offset, byte[] source, int sourceOffset, int length) {
    check(offset, length);
    bytes.put(offset, source, sourceOffset, length);
  }

  @Override
  public void copyOut(int offset, byte[] target, int targetOffset, int length) {
    check(offset, length);
    bytes.get(offset, target, targetOffset, length);
  }

  @Override
  public void fence() {
    fences++;
  }

  /** How many fences the code under test issued. */
  public int fences() {
    return fences;
  }

  private void check(int offset, int width) {
    if (offset < 0 || width < 0 || offset > bytes.capacity() - width) {
      throw new IndexOutOfBoundsException(offset + "+" + width + " outside " + bytes.capacity());
    }
  }
}

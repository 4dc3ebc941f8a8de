package dev.kiln.block;

import dev.kiln.api.BlockDevice;
import java.util.ArrayList;
import java.util.List;

/** A memory device that records each request it receives, as "read|write|flush first+count". */
final class RecordingBlockDevice implements FlushableBlockDevice {
  private final MemoryBlockDevice memory;
  final List<String> requests = new ArrayList<>();

  RecordingBlockDevice(int blocks) {
    memory = new MemoryBlockDevice("disk", 512, blocks);
  }

  byte[] bytes() {
    return memory.bytes();
  }

  long reads() {
    return requests.stream().filter(r -> r.startsWith("read")).count();
  }

  long writes() {
    return requests.stream().filter(r -> r.startsWith("write")).count();
  }

  @Override
  public String name() {
    return memory.name();
  }

  @Override
  public int blockSize() {
    return memory.blockSize();
  }

  @Override
  public long capacity() {
    return memory.capacity();
  }

  @Override
  public void read(long offset, byte[] buffer, int bufferOffset, int length) {
    requests.add("read " + offset / 512 + "+" + length / 512);
    memory.read(offset, buffer, bufferOffset, length);
  }

  @Override
  public void write(long offset, byte[] buffer, int bufferOffset, int length) {
    requests.add("write " + offset / 512 + "+" + length / 512);
    memory.write(offset, buffer, bufferOffset, length);
  }

  @Override
  public void flush() {
    requests.add("flush");
  }

  static BlockDevice plain(int blocks) {
    return new MemoryBlockDevice("plain", 512, blocks);
  }
}

package dev.kiln.jvm;

import dev.kiln.api.BlockDevice;
import dev.kiln.api.BlockException;
import dev.kiln.api.BlockRequests;
import java.io.IOException;
import java.io.RandomAccessFile;

/** A block device backed by a file; a write reaches the file (not only its cache) on return. */
final class FileBlockDevice implements BlockDevice {
  static final int BLOCK_SIZE = 512;

  private final String name;
  private final RandomAccessFile file;
  private final long capacity;

  FileBlockDevice(String name, RandomAccessFile file, long capacity) {
    this.name = name;
    this.file = file;
    this.capacity = capacity;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int blockSize() {
    return BLOCK_SIZE;
  }

  @Override
  public long capacity() {
    return capacity;
  }

  @Override
  public void read(long offset, byte[] buffer, int bufferOffset, int length) {
    BlockRequests.check(this, offset, buffer, bufferOffset, length);
    try {
      file.seek(offset);
      file.readFully(buffer, bufferOffset, length);
    } catch (IOException e) {
      throw new BlockException("read at " + offset + " on " + name + " failed: " + e);
    }
  }

  @Override
  public void write(long offset, byte[] buffer, int bufferOffset, int length) {
    BlockRequests.check(this, offset, buffer, bufferOffset, length);
    try {
      file.seek(offset);
      file.write(buffer, bufferOffset, length);
    } catch (IOException e) {
      throw new BlockException("write at " + offset + " on " + name + " failed: " + e);
    }
  }
}

package dev.kiln.api;

/**
 * One block device. Reads and writes move whole blocks at block-aligned offsets; a write has
 * reached the device when the call returns.
 */
public interface BlockDevice {
  String name();

  /** Bytes per block, a power of two of at least 512. */
  int blockSize();

  /** Size of the device in bytes, a multiple of the block size. */
  long capacity();

  /**
   * Reads {@code length} bytes (a multiple of the block size) at {@code offset} (a multiple of
   * the block size) into {@code buffer} from {@code bufferOffset}.
   *
   * @throws IllegalArgumentException for a misaligned or out-of-range request
   * @throws BlockException when the device fails
   */
  void read(long offset, byte[] buffer, int bufferOffset, int length);

  /** Writes, with the same rules as {@link #read}. */
  void write(long offset, byte[] buffer, int bufferOffset, int length);
}

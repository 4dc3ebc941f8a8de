package dev.kiln.api;

/** Checks of block requests shared by every driver, so all targets reject the same requests. */
public final class BlockRequests {
  private BlockRequests() {}

  /** Throws IllegalArgumentException unless the request is whole blocks inside the device. */
  public static void check(BlockDevice device, long offset, byte[] buffer, int bufferOffset,
      int length) {
    int blockSize = device.blockSize();
    if (bufferOffset < 0 || length < 0 || bufferOffset > buffer.length - length) {
      throw new IllegalArgumentException("buffer range " + bufferOffset + "+" + length
          + " is outside an array of " + buffer.length);
    }
    if (offset < 0 || offset % blockSize != 0 || length % blockSize != 0) {
      throw new IllegalArgumentException("request at " + offset + " of " + length
          + " bytes is not whole blocks of " + blockSize + " on " + device.name());
    }
    if (offset > device.capacity() - length) {
      throw new IllegalArgumentException("request at " + offset + " of " + length
          + " bytes ends past the " + device.capacity() + "-byte device " + device.name());
    }
  }
}

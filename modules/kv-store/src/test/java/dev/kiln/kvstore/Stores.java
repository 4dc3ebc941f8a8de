package dev.kiln.kvstore;

import dev.kiln.api.BlockDevice;
import dev.kiln.block.BlockCache;
import java.util.Random;

/** Opening stores in tests. */
final class Stores {
  /** 8 KiB of superblocks and two areas of 40 KiB: small enough to compact often. */
  static final int SMALL_DEVICE_BYTES = 8 * 1024 + 2 * 40 * 1024;

  private Stores() {}

  static LogStore open(BlockDevice device, FormatPolicy policy, long seed) {
    return opener(device, policy, seed).open();
  }

  static StoreOpener opener(BlockDevice device, FormatPolicy policy, long seed) {
    return opener(device, policy, seed, 64);
  }

  static StoreOpener opener(BlockDevice device, FormatPolicy policy, long seed,
      int cacheSectors) {
    Random random = new Random(seed);
    return new StoreOpener(new BlockCache(device, cacheSectors), policy, random::nextBytes);
  }

  static byte[] value(int length, int seed) {
    byte[] value = new byte[length];
    for (int i = 0; i < length; i++) {
      value[i] = (byte) (seed * 31 + i * 7);
    }
    return value;
  }
}

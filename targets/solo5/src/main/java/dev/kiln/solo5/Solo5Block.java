package dev.kiln.solo5;

import dev.kiln.api.Block;
import dev.kiln.api.BlockDevice;
import dev.kiln.api.BlockException;
import dev.kiln.solo5.internal.Solo5Calls;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Block devices acquired from the Solo5 manifest by name, once each. */
@Singleton
final class Solo5Block implements Block {
  private final Map<String, BlockDevice> acquired = new HashMap<>();

  @Inject
  Solo5Block() {}

  @Override
  public BlockDevice device(String name) {
    BlockDevice device = acquired.get(name);
    if (device != null) {
      return device;
    }
    long[] info = new long[3];
    int result = Solo5Calls.blockAcquire(name, info);
    if (result == Solo5Calls.EINVAL) {
      throw new IllegalArgumentException("the image declares no block device named " + name);
    }
    if (result != Solo5Calls.OK) {
      throw new BlockException("cannot acquire block device " + name + ": "
          + Solo5Calls.describe(result));
    }
    device = new Solo5BlockDevice(name, info[0], info[1], (int) info[2]);
    acquired.put(name, device);
    return device;
  }
}

package dev.kiln.api;

import dev.kiln.annotations.Capability;

/**
 * Block devices the image declared with {@code @Device(type = DeviceType.BLOCK)}, by name.
 */
@Capability(doc = "Named block devices: fixed-size blocks read and written synchronously.")
public interface Block {
  /**
   * The device with that name.
   *
   * @throws IllegalArgumentException if the image declares no block device of that name
   * @throws BlockException if the platform cannot attach it
   */
  BlockDevice device(String name);
}

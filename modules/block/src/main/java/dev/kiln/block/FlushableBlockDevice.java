package dev.kiln.block;

import dev.kiln.api.BlockDevice;

/**
 * A block device whose completed writes may still sit in a volatile cache until {@link #flush()}.
 *
 * <p>{@link BlockDevice} promises that a write has reached the device when the call returns, and
 * every Kiln target keeps that promise, so no target driver implements this today. It exists for
 * devices that cannot (a disk with a write cache and a flush command) and for tests that simulate
 * one: {@link BlockCache#flush()} calls {@link #flush()} after writing its dirty sectors back.
 */
public interface FlushableBlockDevice extends BlockDevice {
  /**
   * Returns once every write that returned before this call is on stable storage.
   *
   * @throws dev.kiln.api.BlockException when the device fails
   */
  void flush();
}

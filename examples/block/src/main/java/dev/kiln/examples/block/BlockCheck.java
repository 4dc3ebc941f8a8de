package dev.kiln.examples.block;

import dev.kiln.annotations.Config;
import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.ConfigType;
import dev.kiln.annotations.Device;
import dev.kiln.annotations.DeviceType;
import dev.kiln.annotations.Unikernel;
import dev.kiln.api.Application;
import dev.kiln.api.Block;
import dev.kiln.api.BlockDevice;
import dev.kiln.api.Console;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Setting;
import jakarta.inject.Inject;

/**
 * Writes a pattern over the first blocks of a device ("storage" unless the boot line says
 * otherwise), reads it back and verifies it, then exits 0; any difference exits 1. The pattern depends on the seed, so a test can tell this run's
 * data from an earlier run's.
 */
@Unikernel(name = "block")
@Device(name = "storage", type = DeviceType.BLOCK)
@ConfigKey(name = "block.count", type = ConfigType.INT, defaultValue = "64",
    doc = "How many blocks to write and verify.")
@ConfigKey(name = "seed", type = ConfigType.INT, defaultValue = "1", phase = ConfigPhase.BOOT,
    doc = "Seed of the pattern written.")
@ConfigKey(name = "device", defaultValue = "storage", phase = ConfigPhase.BOOT,
    doc = "The block device to check.")
@Config(key = "block.count", value = "64")
public final class BlockCheck implements Application {
  private final Block block;
  private final Console console;
  private final EventLoop loop;
  private final int count;
  private final int seed;
  private final String deviceName;

  @Inject
  BlockCheck(Block block, Console console, EventLoop loop, @Setting("block.count") int count,
      @Setting("seed") int seed, @Setting("device") String deviceName) {
    this.block = block;
    this.console = console;
    this.loop = loop;
    this.count = count;
    this.seed = seed;
    this.deviceName = deviceName;
  }

  @Override
  public void start() {
    BlockDevice device = block.device(deviceName);
    int blocks = (int) Math.min(count, device.capacity() / device.blockSize());
    byte[] written = new byte[blocks * device.blockSize()];
    Pattern.fill(written, device.blockSize(), seed);
    device.write(0, written, 0, written.length);
    byte[] read = new byte[written.length];
    device.read(0, read, 0, read.length);
    for (int i = 0; i < read.length; i++) {
      if (read[i] != written[i]) {
        console.println("block: mismatch at byte " + i + " of " + device.name());
        loop.exit(1);
        return;
      }
    }
    console.println("block: " + device.name() + ": wrote and verified " + blocks + " blocks of "
        + device.blockSize() + " bytes (capacity " + device.capacity() + ")");
  }
}

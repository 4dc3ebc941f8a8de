package dev.kiln.jvm;

import dev.kiln.api.Block;
import dev.kiln.api.BlockDevice;
import dev.kiln.api.BlockException;
import dev.kiln.api.BootArguments;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.HashMap;
import java.util.Map;

/**
 * Block devices on the JVM: each a file named on the command line with {@code
 * --block:NAME=FILE}, opened for synchronous writes ({@code rwd}), like a Solo5 tender attaches
 * one. The file's size must be a whole number of 512-byte blocks.
 */
@Singleton
final class FileBlock implements Block {
  private final BootArguments arguments;
  private final Map<String, BlockDevice> opened = new HashMap<>();

  @Inject
  FileBlock(BootArguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public BlockDevice device(String name) {
    BlockDevice device = opened.get(name);
    if (device != null) {
      return device;
    }
    String path = arguments.device("block", name);
    if (path == null) {
      throw new BlockException("block device " + name + " is not attached: start the image"
          + " with --block:" + name + "=FILE (kiln run --block " + name + "=FILE)");
    }
    try {
      RandomAccessFile file = new RandomAccessFile(path, "rwd");
      long length = file.length();
      if (length == 0 || length % FileBlockDevice.BLOCK_SIZE != 0) {
        file.close();
        throw new BlockException(path + " is " + length + " bytes, not a non-zero multiple of "
            + FileBlockDevice.BLOCK_SIZE + " (block device " + name + ")");
      }
      device = new FileBlockDevice(name, file, length);
    } catch (FileNotFoundException e) {
      throw new BlockException("cannot open " + path + " for block device " + name + ": "
          + e.getMessage());
    } catch (IOException e) {
      throw new BlockException("cannot read the size of " + path + ": " + e.getMessage());
    }
    opened.put(name, device);
    return device;
  }
}

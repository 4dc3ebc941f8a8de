package dev.kiln.xen;

import dev.kiln.api.Block;
import dev.kiln.api.BlockDevice;
import dev.kiln.api.BlockRequests;
import dev.kiln.xen.block.Blkfront;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Block devices connected to their Xen backends on first use, once each. */
@Singleton
final class XenBlock implements Block {
  private final XenBus bus;
  private final Map<String, BlockDevice> connected = new HashMap<>();

  @Inject
  XenBlock(XenBus bus) {
    this.bus = bus;
  }

  @Override
  public BlockDevice device(String name) {
    BlockDevice device = connected.get(name);
    if (device == null) {
      XenBus.Attachment attachment = bus.attach(name, XenBus.SOLO5_BLOCK, "vbd");
      long deadline = bus.hypervisor().nanoTime() + XenBus.TIMEOUT_NANOS;
      Blkfront blkfront = new Blkfront(bus.hypervisor(), bus.grants(), attachment.frontend(),
          deadline, XenBus.TIMEOUT_NANOS);
      device = new XenBlockDevice(name, blkfront);
      connected.put(name, device);
    }
    return device;
  }

  /** A blkfront as the block capability sees it. */
  private static final class XenBlockDevice implements BlockDevice {
    private final String name;
    private final Blkfront blkfront;

    XenBlockDevice(String name, Blkfront blkfront) {
      this.name = name;
      this.blkfront = blkfront;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int blockSize() {
      return blkfront.blockSize();
    }

    @Override
    public long capacity() {
      return blkfront.capacity();
    }

    @Override
    public void read(long offset, byte[] buffer, int bufferOffset, int length) {
      BlockRequests.check(this, offset, buffer, bufferOffset, length);
      blkfront.read(offset, buffer, bufferOffset, length);
    }

    @Override
    public void write(long offset, byte[] buffer, int bufferOffset, int length) {
      BlockRequests.check(this, offset, buffer, bufferOffset, length);
      blkfront.write(offset, buffer, bufferOffset, length);
    }
  }
}

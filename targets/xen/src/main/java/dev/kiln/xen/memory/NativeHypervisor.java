package dev.kiln.xen.memory;

import dev.kiln.xen.internal.XenCalls;

/** The running Xen, through the bindings' {@code solo5_xen_*} calls. */
public final class NativeHypervisor implements Hypervisor {
  private final long[] longOut = new long[1];
  private final int[] intOut = new int[1];
  private SharedMemory grantTable;

  @Override
  public SharedMemory allocatePage() {
    long address = XenCalls.pageAlloc();
    if (address == 0) {
      throw new IllegalStateException("out of pages for shared rings and buffers");
    }
    return new NativeMemory(address, SharedMemory.PAGE_SIZE);
  }

  @Override
  public SharedMemory grantTable() {
    if (grantTable == null) {
      long address = XenCalls.grantTable(longOut);
      if (address == 0) {
        throw new IllegalStateException("Xen did not map the grant table");
      }
      grantTable = new NativeMemory(address, (int) longOut[0] * 8);
    }
    return grantTable;
  }

  @Override
  public SharedMemory sharedFrame(long frame) {
    if (frame <= 0 || frame >= (1L << 20)) {
      throw new IllegalArgumentException("frame 0x" + Long.toHexString(frame)
          + " is outside the identity-mapped 4 GiB");
    }
    return new NativeMemory(frame * SharedMemory.PAGE_SIZE, SharedMemory.PAGE_SIZE);
  }

  @Override
  public long hvmParam(int index) {
    int rc = XenCalls.hvmParam(index, longOut);
    if (rc != 0) {
      throw new IllegalStateException("HVM parameter " + index + ": Xen error " + rc);
    }
    return longOut[0];
  }

  @Override
  public int allocateUnboundPort(int remoteDomain) {
    int rc = XenCalls.allocUnbound(remoteDomain, intOut);
    if (rc != 0) {
      throw new IllegalStateException("no event channel for domain " + remoteDomain
          + ": Xen error " + rc);
    }
    return intOut[0];
  }

  @Override
  public void notify(int port) {
    XenCalls.send(port);
  }

  @Override
  public void bindToHandle(int port, long handle) {
    if (XenCalls.bindHandle(port, handle) != 0) {
      throw new IllegalStateException("cannot tie event channel " + port + " to handle "
          + handle);
    }
  }

  @Override
  public void unmask(int port) {
    XenCalls.unmask(port);
  }

  @Override
  public boolean awaitEvent(int port, long deadlineNanos) {
    return XenCalls.await(port, deadlineNanos) != 0;
  }

  @Override
  public long nanoTime() {
    return XenCalls.clockMonotonic();
  }
}

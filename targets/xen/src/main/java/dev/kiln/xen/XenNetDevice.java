package dev.kiln.xen;

import dev.kiln.api.EventLoop;
import dev.kiln.api.net.NetDevice;
import dev.kiln.xen.net.Netfront;

/** A netfront as the network capability sees it; readiness comes through the event loop. */
final class XenNetDevice implements NetDevice {
  private final String name;
  private final long handle;
  private final Netfront netfront;
  private final EventLoop loop;

  XenNetDevice(String name, long handle, Netfront netfront, EventLoop loop) {
    this.name = name;
    this.handle = handle;
    this.netfront = netfront;
    this.loop = loop;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public byte[] mac() {
    return netfront.mac();
  }

  @Override
  public int mtu() {
    return netfront.mtu();
  }

  @Override
  public boolean send(byte[] frame, int off, int len) {
    return netfront.send(frame, off, len);
  }

  @Override
  public int receive(byte[] buffer, int off) {
    int room = buffer.length - off;
    if (off < 0 || room < mtu() + ETHERNET_HEADER_LENGTH) {
      throw new IllegalArgumentException("receive buffer has " + room + " bytes from " + off
          + "; a frame needs " + (mtu() + ETHERNET_HEADER_LENGTH));
    }
    return netfront.receive(buffer, off);
  }

  @Override
  public void onReadable(Runnable handler) {
    loop.onReady(handle, handler);
  }
}

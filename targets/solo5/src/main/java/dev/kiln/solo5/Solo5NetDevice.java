package dev.kiln.solo5;

import dev.kiln.api.EventLoop;
import dev.kiln.api.net.MacAddress;
import dev.kiln.api.net.NetDevice;
import dev.kiln.solo5.internal.Solo5Calls;

/**
 * A Solo5 network device. Readiness comes from {@code solo5_yield}'s ready set through the event
 * loop; reads and writes move one frame each and never block.
 */
final class Solo5NetDevice implements NetDevice {
  private final String name;
  private final long handle;
  private final int mtu;
  private final long mac;
  private final EventLoop loop;
  /** Reused for every read: the C call's out-parameter. */
  private final int[] readLength = new int[1];

  Solo5NetDevice(String name, long handle, int mtu, long mac, EventLoop loop) {
    this.name = name;
    this.handle = handle;
    this.mtu = mtu;
    this.mac = mac;
    this.loop = loop;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public byte[] mac() {
    return MacAddress.of(mac).toBytes();
  }

  @Override
  public int mtu() {
    return mtu;
  }

  @Override
  public boolean send(byte[] frame, int off, int len) {
    if (len > mtu + ETHERNET_HEADER_LENGTH || off < 0 || len < 0 || off + len > frame.length) {
      throw new IllegalArgumentException("frame of " + len + " bytes at " + off
          + " does not fit the MTU " + mtu + " or the buffer");
    }
    return Solo5Calls.netWrite(handle, frame, off, len) == Solo5Calls.OK;
  }

  @Override
  public int receive(byte[] buffer, int off) {
    int room = buffer.length - off;
    if (off < 0 || room < mtu + ETHERNET_HEADER_LENGTH) {
      throw new IllegalArgumentException("receive buffer has " + room + " bytes from " + off
          + "; a frame needs " + (mtu + ETHERNET_HEADER_LENGTH));
    }
    int result = Solo5Calls.netRead(handle, buffer, off, room, readLength);
    return result == Solo5Calls.OK ? readLength[0] : -1;
  }

  @Override
  public void onReadable(Runnable handler) {
    loop.onReady(handle, handler);
  }
}

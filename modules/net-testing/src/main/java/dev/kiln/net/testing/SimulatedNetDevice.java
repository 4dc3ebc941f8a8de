package dev.kiln.net.testing;

import dev.kiln.api.net.MacAddress;
import dev.kiln.api.net.NetDevice;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A device on a {@link SimulatedNetwork}. Frames that arrive wait in a queue until the owner
 * {@link #receive}s them; its readable handler is scheduled on the loop when one arrives. Tests
 * can also {@link #inject} frames and read what was {@link #sent()}.
 */
public final class SimulatedNetDevice implements NetDevice {
  private final SimulatedNetwork network;
  private final String name;
  private final long mac;
  private final int mtu;
  private final ArrayDeque<byte[]> inbox = new ArrayDeque<>();
  private final List<byte[]> sent = new ArrayList<>();
  private Runnable readable;
  private boolean handlerScheduled;
  private boolean busy;

  SimulatedNetDevice(SimulatedNetwork network, String name, long mac, int mtu) {
    this.network = network;
    this.name = name;
    this.mac = mac;
    this.mtu = mtu;
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

  /** While busy, {@link #send} refuses every frame, as a full transmit ring would. */
  public void setBusy(boolean busy) {
    this.busy = busy;
  }

  @Override
  public boolean send(byte[] frame, int off, int len) {
    if (len > mtu + ETHERNET_HEADER_LENGTH) {
      throw new IllegalArgumentException("frame of " + len + " bytes exceeds MTU " + mtu);
    }
    if (busy) {
      return false;
    }
    byte[] copy = new byte[len];
    System.arraycopy(frame, off, copy, 0, len);
    sent.add(copy);
    network.transmit(this, frame, off, len);
    return true;
  }

  @Override
  public int receive(byte[] buffer, int off) {
    if (buffer.length - off < mtu + ETHERNET_HEADER_LENGTH) {
      throw new IllegalArgumentException("receive buffer too small");
    }
    byte[] frame = inbox.poll();
    if (frame == null) {
      return -1;
    }
    int len = Math.min(frame.length, buffer.length - off);
    System.arraycopy(frame, 0, buffer, off, len);
    return len;
  }

  @Override
  public void onReadable(Runnable handler) {
    this.readable = handler;
  }

  /** Frames this device sent, oldest first. */
  public List<byte[]> sent() {
    return sent;
  }

  /** Puts a frame in this device's receive queue as if it had come from the link. */
  public void inject(byte[] frame) {
    arrive(frame.clone());
  }

  void arrive(byte[] frame) {
    inbox.add(frame);
    if (readable != null && !handlerScheduled) {
      handlerScheduled = true;
      network.loop().soon(() -> {
        handlerScheduled = false;
        readable.run();
      });
    }
  }
}

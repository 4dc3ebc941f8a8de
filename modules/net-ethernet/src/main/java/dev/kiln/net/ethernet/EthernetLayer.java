package dev.kiln.net.ethernet;

import dev.kiln.api.Setting;
import dev.kiln.api.net.Ethernet;
import dev.kiln.api.net.MacAddress;
import dev.kiln.api.net.Net;
import dev.kiln.api.net.NetDevice;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Ethernet on one device: the receive loop, MAC filtering and dispatch, and the send path. */
@Singleton
public final class EthernetLayer implements Ethernet {
  private static final int MAX_LISTENERS = 8;

  private final NetDevice device;
  private final long mac;
  private final int mtu;
  private final byte[] receiveBuffer;
  private final EthernetFrame frame = new EthernetFrame();
  private final int[] types = new int[MAX_LISTENERS];
  private final Listener[] listeners = new Listener[MAX_LISTENERS];
  private int listenerCount;
  private long received;
  private long filtered;
  private long malformed;
  private long unhandled;

  @Inject
  public EthernetLayer(Net net, @Setting("ethernet.device") String deviceName) {
    this.device = net.device(deviceName);
    this.mac = MacAddress.of(device.mac()).value();
    this.mtu = device.mtu();
    this.receiveBuffer = new byte[mtu + HEADROOM];
    device.onReadable(this::poll);
  }

  @Override
  public long mac() {
    return mac;
  }

  @Override
  public int mtu() {
    return mtu;
  }

  @Override
  public void onFrame(int etherType, Listener listener) {
    for (int i = 0; i < listenerCount; i++) {
      if (types[i] == etherType) {
        listeners[i] = listener;
        return;
      }
    }
    if (listenerCount == MAX_LISTENERS) {
      throw new IllegalStateException("more than " + MAX_LISTENERS + " EtherType listeners");
    }
    types[listenerCount] = etherType;
    listeners[listenerCount++] = listener;
  }

  @Override
  public boolean send(long destinationMac, int etherType, byte[] buffer, int payloadOffset,
      int payloadLength) {
    if (payloadOffset < HEADROOM || payloadLength < 0 || payloadLength > mtu
        || payloadOffset + payloadLength > buffer.length) {
      throw new IllegalArgumentException("payload of " + payloadLength + " bytes at "
          + payloadOffset + " needs " + HEADROOM + " bytes of headroom and at most MTU " + mtu);
    }
    int start = payloadOffset - HEADROOM;
    EthernetHeader.write(destinationMac, mac, etherType, buffer, start);
    return device.send(buffer, start, payloadLength + HEADROOM);
  }

  /** Reads and dispatches every waiting frame. */
  public void poll() {
    int length;
    while ((length = device.receive(receiveBuffer, 0)) >= 0) {
      accept(receiveBuffer, length);
    }
  }

  private void accept(byte[] buffer, int length) {
    received++;
    try {
      frame.wrap(buffer, 0, length);
    } catch (MalformedFrameException e) {
      malformed++;
      return;
    }
    long destination = frame.destination();
    if (destination != mac && destination != MacAddress.BROADCAST_VALUE) {
      filtered++;
      return;
    }
    int type = frame.etherType();
    for (int i = 0; i < listenerCount; i++) {
      if (types[i] == type) {
        listeners[i].frame(frame.source(), destination, buffer, frame.payloadOffset(),
            frame.payloadLength());
        return;
      }
    }
    unhandled++;
  }

  /** Frames read from the device. */
  public long framesReceived() {
    return received;
  }

  /** Frames dropped because they were for another MAC (or a multicast group). */
  public long framesFiltered() {
    return filtered;
  }

  public long framesMalformed() {
    return malformed;
  }

  /** Frames dropped for want of a listener for their EtherType. */
  public long framesUnhandled() {
    return unhandled;
  }
}

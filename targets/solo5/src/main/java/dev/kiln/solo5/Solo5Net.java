package dev.kiln.solo5;

import dev.kiln.api.EventLoop;
import dev.kiln.api.net.Net;
import dev.kiln.api.net.NetDevice;
import dev.kiln.solo5.internal.Solo5Calls;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Network devices acquired from the Solo5 manifest by name, once each. */
@Singleton
final class Solo5Net implements Net {
  private final EventLoop loop;
  private final Map<String, NetDevice> acquired = new HashMap<>();

  @Inject
  Solo5Net(EventLoop loop) {
    this.loop = loop;
  }

  @Override
  public NetDevice device(String name) {
    NetDevice device = acquired.get(name);
    if (device != null) {
      return device;
    }
    long[] info = new long[3];
    int result = Solo5Calls.netAcquire(name, info);
    if (result == Solo5Calls.EINVAL) {
      throw new IllegalArgumentException("the image declares no network device named " + name);
    }
    if (result != Solo5Calls.OK) {
      throw new IllegalStateException("cannot acquire network device " + name + ": "
          + Solo5Calls.describe(result));
    }
    device = new Solo5NetDevice(name, info[0], (int) info[1], info[2], loop);
    acquired.put(name, device);
    return device;
  }
}

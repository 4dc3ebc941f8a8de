package dev.kiln.xen;

import dev.kiln.api.EventLoop;
import dev.kiln.api.net.Net;
import dev.kiln.api.net.NetDevice;
import dev.kiln.xen.net.Netfront;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Network devices connected to their Xen backends on first use, once each. */
@Singleton
final class XenNet implements Net {
  private final XenBus bus;
  private final EventLoop loop;
  private final Map<String, NetDevice> connected = new HashMap<>();

  @Inject
  XenNet(XenBus bus, EventLoop loop) {
    this.bus = bus;
    this.loop = loop;
  }

  @Override
  public NetDevice device(String name) {
    NetDevice device = connected.get(name);
    if (device == null) {
      XenBus.Attachment attachment = bus.attach(name, XenBus.SOLO5_NET, "vif");
      long deadline = bus.hypervisor().nanoTime() + XenBus.TIMEOUT_NANOS;
      Netfront netfront = new Netfront(bus.hypervisor(), bus.grants(), attachment.frontend(),
          deadline);
      bus.hypervisor().bindToHandle(netfront.port(), attachment.handle());
      device = new XenNetDevice(name, attachment.handle(), netfront, loop);
      connected.put(name, device);
    }
    return device;
  }
}

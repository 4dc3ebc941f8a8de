package dev.kiln.net.testing;

import dev.kiln.api.net.Net;
import dev.kiln.api.net.NetDevice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A broadcast segment (a hub): a frame one device sends reaches every other device, each copy
 * subject to the {@link LinkFaults}, decided by a random generator seeded by the test. Delivery
 * happens as tasks of a {@link ManualEventLoop}, so a run is deterministic.
 */
public final class SimulatedNetwork {
  private final ManualEventLoop loop;
  private final Random random;
  private final List<SimulatedNetDevice> devices = new ArrayList<>();
  private LinkFaults faults;
  private long framesSent;
  private long framesDelivered;

  public SimulatedNetwork(ManualEventLoop loop, long seed, LinkFaults faults) {
    this.loop = loop;
    this.random = new Random(seed);
    this.faults = faults;
  }

  /** Attaches a device to the segment. */
  public SimulatedNetDevice attach(String name, long mac, int mtu) {
    SimulatedNetDevice device = new SimulatedNetDevice(this, name, mac, mtu);
    devices.add(device);
    return device;
  }

  /** A {@link Net} serving the given devices by name. */
  public static Net net(NetDevice... devices) {
    Map<String, NetDevice> byName = new LinkedHashMap<>();
    for (NetDevice device : devices) {
      byName.put(device.name(), device);
    }
    return name -> {
      NetDevice device = byName.get(name);
      if (device == null) {
        throw new IllegalArgumentException("no simulated network device named " + name);
      }
      return device;
    };
  }

  public void setFaults(LinkFaults faults) {
    this.faults = faults;
  }

  public long framesSent() {
    return framesSent;
  }

  public long framesDelivered() {
    return framesDelivered;
  }

  ManualEventLoop loop() {
    return loop;
  }

  void transmit(SimulatedNetDevice from, byte[] frame, int off, int len) {
    framesSent++;
    for (SimulatedNetDevice to : devices) {
      if (to == from) {
        continue;
      }
      if (random.nextDouble() < faults.drop()) {
        continue;
      }
      int copies = random.nextDouble() < faults.duplicate() ? 2 : 1;
      for (int i = 0; i < copies; i++) {
        byte[] copy = Arrays.copyOfRange(frame, off, off + len);
        if (len > 0 && random.nextDouble() < faults.corrupt()) {
          copy[random.nextInt(len)] ^= (byte) (1 << random.nextInt(8));
        }
        long delay = faults.latencyNanos();
        if (faults.reorderDelayNanos() > 0 && random.nextDouble() < faults.reorder()) {
          delay += 1 + (long) (random.nextDouble() * faults.reorderDelayNanos());
        }
        loop.after(delay, () -> {
          framesDelivered++;
          to.arrive(copy);
        });
      }
    }
  }
}

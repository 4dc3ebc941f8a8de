package dev.kiln.xen.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * A netback in domain 0 for one vif: the toolstack's XenStore nodes, the handshake, and a
 * receive-by-copy data path that echoes every transmitted frame back to the guest (or only
 * records it when echo is off). Grants are checked as Xen would.
 */
public final class SimulatedNetback {
  public final String frontend;
  public final String backend;
  private final SimulatedXen xen;
  private final SimulatedXenStored store;
  private BackRing tx;
  private BackRing rx;
  private int port = -1;
  private boolean echo = true;
  /** Frames the guest sent, in order. */
  public final List<byte[]> transmitted = new ArrayList<>();
  public int dropped;

  public SimulatedNetback(SimulatedXen xen, SimulatedXenStored store, int devid, String mac) {
    this.xen = xen;
    this.store = store;
    this.frontend = SimulatedXenStored.HOME + "/device/vif/" + devid;
    this.backend = "/local/domain/0/backend/vif/" + SimulatedXen.GUEST_DOMAIN + "/" + devid;
    store.put(backend + "/frontend", frontend);
    store.put(backend + "/frontend-id", Integer.toString(SimulatedXen.GUEST_DOMAIN));
    store.put(backend + "/feature-rx-copy", "1");
    store.put(backend + "/state", "2");
    store.put(frontend + "/backend", backend);
    store.put(frontend + "/backend-id", "0");
    store.put(frontend + "/mac", mac);
    store.put(frontend + "/state", "1");
    store.onChange(path -> {
      if (path.equals(frontend + "/state") && "4".equals(store.get(path)) && port < 0) {
        connect();
      }
    });
  }

  public void echo(boolean on) {
    echo = on;
  }

  private void connect() {
    int txRef = Integer.parseInt(store.get(frontend + "/tx-ring-ref"));
    int rxRef = Integer.parseInt(store.get(frontend + "/rx-ring-ref"));
    if (!"1".equals(store.get(frontend + "/request-rx-copy"))) {
      throw new AssertionError("frontend did not ask for receive by copy");
    }
    tx = new BackRing(xen.map(0, txRef, true), 12);
    rx = new BackRing(xen.map(0, rxRef, true), 8);
    port = Integer.parseInt(store.get(frontend + "/event-channel"));
    xen.bindBackend(port, this::process);
    store.put(backend + "/state", "4");
  }

  /** Sends a frame to the guest; false (and counted as dropped) if it posted no buffer. */
  public boolean inject(byte[] frame) {
    if (!rx.hasRequest()) {
      dropped++;
      return false;
    }
    var ring = rx;
    int request = ring.takeRequest();
    var slots = rx.page();
    int id = slots.getShort(request);
    int ref = slots.getInt(request + 4);
    SimulatedMemory page = xen.map(0, ref, true);
    page.copyIn(0, frame, 0, frame.length);
    xen.unmap(ref);
    int response = ring.nextResponse();
    slots.putShort(response, id);
    slots.putShort(response + 2, 0);
    slots.putShort(response + 4, 0);
    slots.putShort(response + 6, frame.length);
    if (ring.pushResponses()) {
      xen.signalGuest(port);
    }
    return true;
  }

  private void process() {
    var slots = tx.page();
    do {
      while (tx.hasRequest()) {
        int request = tx.takeRequest();
        int ref = slots.getInt(request);
        int offset = slots.getShort(request + 4);
        int id = slots.getShort(request + 8);
        int size = slots.getShort(request + 10);
        SimulatedMemory page = xen.map(0, ref, false);
        byte[] frame = new byte[size];
        page.copyOut(offset, frame, 0, size);
        xen.unmap(ref);
        transmitted.add(frame);
        int response = tx.nextResponse();
        slots.putShort(response, id);
        slots.putShort(response + 2, 0);
        if (tx.pushResponses()) {
          xen.signalGuest(port);
        }
        if (echo) {
          inject(frame);
        }
      }
    } while (tx.armAndCheck());
  }
}

package dev.kiln.xen;

import dev.kiln.xen.bus.Frontend;
import dev.kiln.xen.grant.GrantTable;
import dev.kiln.xen.internal.XenCalls;
import dev.kiln.xen.memory.HvmParam;
import dev.kiln.xen.memory.Hypervisor;
import dev.kiln.xen.memory.NativeHypervisor;
import dev.kiln.xen.store.XenStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * What every Xen device driver of an image shares: the hypervisor, the grant table and the
 * XenStore connection, set up on first use; and the lookup from a manifest device name to its
 * handle and its Xen device node.
 */
@Singleton
final class XenBus {
  /** How long a backend may take to connect, and XenStore or a disk to answer. */
  static final long TIMEOUT_NANOS = 10_000_000_000L;
  static final int SOLO5_BLOCK = 1;
  static final int SOLO5_NET = 2;

  private Hypervisor hypervisor;
  private GrantTable grants;
  private XenStore store;

  @Inject
  XenBus() {}

  Hypervisor hypervisor() {
    connect();
    return hypervisor;
  }

  GrantTable grants() {
    connect();
    return grants;
  }

  /** A device the image declared: its manifest index (the handle) and its Xen frontend. */
  record Attachment(long handle, Frontend frontend) {}

  /**
   * @param kind {@code vif} or {@code vbd}
   * @throws IllegalArgumentException if the image declares no such device of that type
   */
  Attachment attach(String name, int solo5Type, String kind) {
    int[] ordinal = new int[1];
    int index = XenCalls.deviceIndex(name, solo5Type, ordinal);
    if (index < 0) {
      throw new IllegalArgumentException("the image declares no "
          + (solo5Type == SOLO5_NET ? "network" : "block") + " device named " + name);
    }
    connect();
    return new Attachment(index, new Frontend(store, Frontend.nodeOf(store, kind, ordinal[0])));
  }

  private void connect() {
    if (hypervisor != null) {
      return;
    }
    Hypervisor xen = new NativeHypervisor();
    long frame = xen.hvmParam(HvmParam.STORE_PFN);
    int port = (int) xen.hvmParam(HvmParam.STORE_EVTCHN);
    store = new XenStore(xen.sharedFrame(frame), port, xen, TIMEOUT_NANOS);
    grants = new GrantTable(xen.grantTable());
    hypervisor = xen;
  }
}

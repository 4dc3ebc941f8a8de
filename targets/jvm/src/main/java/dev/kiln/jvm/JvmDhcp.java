package dev.kiln.jvm;

import dev.kiln.api.Setting;
import dev.kiln.api.net.Dhcp;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Dhcp} on the JVM, where the host, not the image, does addressing: the "lease" is the
 * address the host already has ({@link HostAddressing}), read once at boot. It is reported as
 * infinite (0xFFFFFFFF seconds) from server 0.0.0.0, because the host renews it, if at all;
 * listeners hear {@code bound} once and never {@code lost}. An application that asks for DHCP
 * thus runs unchanged and learns the address it is reachable at.
 */
@Singleton
final class JvmDhcp implements Dhcp {
  private final Lease lease;
  private final List<Listener> listeners = new ArrayList<>();

  @Inject
  JvmDhcp(@Setting("jvm.dhcp.interface") String interfaceName) {
    this(HostAddressing.read(interfaceName, HostAddressing.ROUTES, HostAddressing.RESOLV_CONF));
  }

  JvmDhcp(Lease lease) {
    this.lease = lease;
  }

  @Override
  public Lease lease() {
    return lease;
  }

  @Override
  public void onLease(Listener listener) {
    if (listener == null) {
      throw new NullPointerException("listener");
    }
    listeners.add(listener);
    if (lease != null) {
      listener.bound(lease);
    }
  }
}

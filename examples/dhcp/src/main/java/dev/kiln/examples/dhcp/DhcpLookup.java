package dev.kiln.examples.dhcp;

import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.Device;
import dev.kiln.annotations.DeviceType;
import dev.kiln.annotations.Unikernel;
import dev.kiln.api.Application;
import dev.kiln.api.Console;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Setting;
import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Dns;
import dev.kiln.api.net.Ipv4Address;

/**
 * Gets its address on the "service" network device by DHCP, then resolves {@code lookup.name}
 * through the DNS servers the lease names, prints both, and exits 0 (1 if the lookup fails, 2 if
 * no lease comes within a minute). Needing {@link Dhcp} makes IPv4 take its address from the DHCP
 * client instead of the {@code ipv4} key.
 */
@Unikernel(name = "dhcp")
@Device(name = "service", type = DeviceType.NET)
@ConfigKey(name = "lookup.name", defaultValue = "kiln.test", phase = ConfigPhase.BOOT,
    doc = "The name to resolve once the address is leased.")
public final class DhcpLookup implements Application {
  private static final long LEASE_TIMEOUT_NANOS = 60_000_000_000L;

  private final Dhcp dhcp;
  private final Dns dns;
  private final Console console;
  private final EventLoop loop;
  private final String name;
  private boolean looking;

  @jakarta.inject.Inject
  DhcpLookup(Dhcp dhcp, Dns dns, Console console, EventLoop loop,
      @Setting("lookup.name") String name) {
    this.dhcp = dhcp;
    this.dns = dns;
    this.console = console;
    this.loop = loop;
    this.name = name;
  }

  @Override
  public void start() {
    console.println("dhcp: asking for an address");
    loop.after(LEASE_TIMEOUT_NANOS, () -> {
      if (!looking) {
        console.println("dhcp: no lease within a minute");
        loop.exit(2);
      }
    });
    dhcp.onLease(new Dhcp.Listener() {
      @Override
      public void bound(Dhcp.Lease lease) {
        StringBuilder servers = new StringBuilder();
        for (int server : lease.dnsServers()) {
          servers.append(servers.length() == 0 ? "" : ",").append(Ipv4Address.format(server));
        }
        console.println("dhcp: leased " + lease.address() + " from "
            + Ipv4Address.format(lease.server()) + " for " + lease.leaseSeconds()
            + " s, gateway " + Ipv4Address.format(lease.gateway()) + ", dns " + servers);
        if (!looking) {
          looking = true;
          lookup();
        }
      }

      @Override
      public void lost() {
        console.println("dhcp: lease lost");
      }
    });
  }

  private void lookup() {
    dns.resolve(name, new Dns.Callback() {
      @Override
      public void resolved(String resolved, int[] addresses) {
        console.println("dns: " + resolved + " is " + Ipv4Address.format(addresses[0]));
        loop.exit(0);
      }

      @Override
      public void failed(String failedName, Dns.Failure failure) {
        console.println("dns: " + failedName + " failed: " + failure);
        loop.exit(1);
      }
    });
  }
}

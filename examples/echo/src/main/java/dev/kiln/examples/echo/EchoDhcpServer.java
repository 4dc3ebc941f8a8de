package dev.kiln.examples.echo;

import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigType;
import dev.kiln.annotations.Device;
import dev.kiln.annotations.DeviceType;
import dev.kiln.annotations.Target;
import dev.kiln.annotations.Unikernel;
import dev.kiln.api.Application;
import dev.kiln.api.Console;
import dev.kiln.api.Setting;
import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Tcp;

/**
 * The echo server of {@link EchoServer}, with its address from DHCP instead of the {@code ipv4}
 * key: needing {@link Dhcp} pulls in the DHCP client (and UDP), and IPv4 starts without an
 * address until the first lease. It listens at once; connections arrive once an address is bound.
 * Built for virtio (QEMU's user network serves DHCP) and spt.
 */
@Unikernel(name = "echo-dhcp", targets = {Target.VIRTIO, Target.SPT})
@Device(name = "service", type = DeviceType.NET)
@ConfigKey(name = "echo.port", type = ConfigType.INT, defaultValue = "7",
    doc = "The TCP port to serve echo on.")
public final class EchoDhcpServer implements Application {
  private static final int BACKLOG = 16;

  private final Tcp tcp;
  private final Dhcp dhcp;
  private final Console console;
  private final int port;

  @jakarta.inject.Inject
  EchoDhcpServer(Tcp tcp, Dhcp dhcp, Console console, @Setting("echo.port") int port) {
    this.tcp = tcp;
    this.dhcp = dhcp;
    this.console = console;
    this.port = port;
  }

  @Override
  public void start() {
    tcp.listen(port, BACKLOG, connection -> new EchoHandler(console));
    console.println("echo: asking for an address by DHCP, listening on port " + port);
    dhcp.onLease(new Dhcp.Listener() {
      @Override
      public void bound(Dhcp.Lease lease) {
        console.println("echo: leased " + lease.address() + " from "
            + Ipv4Address.format(lease.server()) + " for " + lease.leaseSeconds()
            + " s, gateway " + Ipv4Address.format(lease.gateway()));
      }

      @Override
      public void lost() {
        console.println("echo: lease lost");
      }
    });
  }
}

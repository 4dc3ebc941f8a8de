package dev.kiln.examples.ping;

import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.ConfigType;
import dev.kiln.annotations.Device;
import dev.kiln.annotations.DeviceType;
import dev.kiln.annotations.Unikernel;
import dev.kiln.api.Application;
import dev.kiln.api.Console;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Setting;
import dev.kiln.api.net.Icmp;
import dev.kiln.api.net.Ipv4;
import dev.kiln.api.net.Ipv4Address;

/**
 * Answers ARP and ICMP echo on the "service" network device, and exits 0 once it has answered
 * {@code echo.count} echo requests. Needing {@link Icmp} pulls in IPv4, ARP, Ethernet and the
 * platform's network device.
 */
@Unikernel(name = "ping")
@Device(name = "service", type = DeviceType.NET)
@ConfigKey(name = "echo.count", type = ConfigType.INT, defaultValue = "3",
    phase = ConfigPhase.BOOT, doc = "How many echo requests to answer before exiting.")
public final class PingResponder implements Application {
  private final Icmp icmp;
  private final Ipv4 ipv4;
  private final Console console;
  private final EventLoop loop;
  private final int count;
  private int answered;

  @jakarta.inject.Inject
  PingResponder(Icmp icmp, Ipv4 ipv4, Console console, EventLoop loop,
      @Setting("echo.count") int count) {
    this.icmp = icmp;
    this.ipv4 = ipv4;
    this.console = console;
    this.loop = loop;
    this.count = count;
  }

  @Override
  public void start() {
    console.println("ping: listening on " + ipv4.address() + ", answering " + count
        + " echo requests");
    icmp.onEchoRequest((peer, identifier, sequence, buffer, offset, length) -> {
      answered++;
      console.println("ping: answered echo request " + sequence + " from "
          + Ipv4Address.format(peer) + " (" + answered + " of " + count + ")");
      if (answered >= count) {
        loop.exit(0);
      }
    });
  }
}

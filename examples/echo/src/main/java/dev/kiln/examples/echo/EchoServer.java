package dev.kiln.examples.echo;

import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.ConfigType;
import dev.kiln.annotations.Device;
import dev.kiln.annotations.DeviceType;
import dev.kiln.annotations.Unikernel;
import dev.kiln.api.Application;
import dev.kiln.api.Console;
import dev.kiln.api.Setting;
import dev.kiln.api.boot.BootValues;
import dev.kiln.api.net.Tcp;

/**
 * A TCP echo server (RFC 862) on the "service" network device: every byte a client sends comes
 * back, as fast as the client reads. On spt and virtio, needing {@link Tcp} pulls in Kiln's TCP,
 * IPv4, ARP, Ethernet and the network device; on the jvm target, the host's sockets.
 */
@Unikernel(name = "echo")
@Device(name = "service", type = DeviceType.NET)
@ConfigKey(name = "echo.port", type = ConfigType.INT, defaultValue = "7",
    phase = ConfigPhase.BOOT, doc = "The TCP port to serve echo on.")
public final class EchoServer implements Application {
  private static final int BACKLOG = 16;

  private final Tcp tcp;
  private final Console console;
  private final int port;

  @jakarta.inject.Inject
  EchoServer(Tcp tcp, Console console, @Setting("echo.port") int port) {
    this.tcp = tcp;
    this.console = console;
    this.port = BootValues.port("echo.port", port);
  }

  @Override
  public void start() {
    tcp.listen(port, BACKLOG, connection -> new EchoHandler(console));
    console.println("echo: listening on port " + port);
  }
}

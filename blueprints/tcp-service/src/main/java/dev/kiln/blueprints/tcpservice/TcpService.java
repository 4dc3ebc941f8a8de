package dev.kiln.blueprints.tcpservice;

import dev.kiln.annotations.Blueprint;
import dev.kiln.annotations.Config;
import dev.kiln.annotations.Device;
import dev.kiln.annotations.DeviceType;
import dev.kiln.annotations.Needs;
import dev.kiln.api.net.Tcp;

/**
 * A TCP service: Kiln's TCP/IP stack on the {@code service} network device, with a static IPv4
 * address. An application applies it with {@code @Apply(TcpService.class)}, injects {@link Tcp}
 * and listens; {@code kiln run app.spt --net:service=tap0 -- --ipv4=192.168.7.2/24} gives it
 * another address at boot. On the jvm target the host's sockets serve {@code Tcp}, and the
 * addressing keys, which no module reads there, have no effect.
 */
@Blueprint(
    name = "tcp-service",
    version = "0.1.0-SNAPSHOT",
    doc = "A TCP service on the \"service\" network device with a static IPv4 address.")
@Needs(Tcp.class)
@Device(name = "service", type = DeviceType.NET)
@Config(key = "ethernet.device", value = "service")
@Config(key = "ipv4", value = "10.0.0.2/24")
@Config(key = "ipv4-gateway", value = "")
public interface TcpService {}

package dev.kiln.net.dns;

import dagger.Binds;
import dagger.BindsOptionalOf;
import dagger.Module;
import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.ConfigType;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Random;
import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Dns;
import dev.kiln.api.net.Tcp;
import dev.kiln.api.net.Udp;

/**
 * Binds {@link Dns} to {@link DnsResolver}. When the image has a DHCP client (optional, not
 * required), the servers of its lease are asked after the configured ones; when it has TCP
 * (optional too), truncated answers are asked again over TCP.
 */
@KilnModule(
    provides = Dns.class,
    requires = {Udp.class, Clock.class, EventLoop.class, Random.class},
    config = {
        @ConfigKey(name = "dns.servers", defaultValue = "", phase = ConfigPhase.BOOT,
            doc = "DNS servers to ask, comma-separated IPv4 addresses, before any from DHCP."),
        @ConfigKey(name = "dns.timeout-ms", type = ConfigType.INT, defaultValue = "2000",
            doc = "How long to wait for an answer before asking again."),
        @ConfigKey(name = "dns.attempts", type = ConfigType.INT, defaultValue = "4",
            doc = "Queries per lookup, across the servers in turn, before giving up.")
    },
    doc = "DNS stub resolver: A records, retries across servers, a TTL-respecting cache.")
@Module
public abstract class DnsModule {
  private DnsModule() {}

  @Binds
  abstract Dns dns(DnsResolver resolver);

  @BindsOptionalOf
  abstract Dhcp dhcp();

  @BindsOptionalOf
  abstract Tcp tcp();
}

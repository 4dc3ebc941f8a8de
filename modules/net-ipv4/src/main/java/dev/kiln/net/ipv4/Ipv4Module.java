package dev.kiln.net.ipv4;

import dagger.Binds;
import dagger.BindsOptionalOf;
import dagger.Module;
import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.ConfigType;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.net.Arp;
import dev.kiln.api.net.Ethernet;
import dev.kiln.api.net.Ipv4;
import dev.kiln.api.net.Ipv4AddressSource;

/**
 * Binds {@link Ipv4} to {@link Ipv4Layer}. An {@link Ipv4AddressSource} is optional: a module
 * that provides one (the DHCP client) configures the address instead of the static keys.
 */
@KilnModule(
    provides = Ipv4.class,
    requires = {Ethernet.class, Arp.class, Clock.class, EventLoop.class},
    config = {
        @ConfigKey(name = "ipv4", defaultValue = "10.0.0.2/24", phase = ConfigPhase.BOOT,
            doc = "This host's IPv4 address and prefix length, e.g. 10.0.0.2/24; ignored when "
                + "an address source such as DHCP is in the image."),
        @ConfigKey(name = "ipv4-gateway", defaultValue = "", phase = ConfigPhase.BOOT,
            doc = "The default gateway's IPv4 address; empty for none; ignored when an address "
                + "source such as DHCP is in the image."),
        @ConfigKey(name = "ipv4.ttl", type = ConfigType.INT, defaultValue = "64",
            doc = "Time to live of the datagrams this host sends.")
    },
    doc = "IPv4 host: header checksum, routing via a gateway, fragment reassembly with limits.")
@Module
public abstract class Ipv4Module {
  private Ipv4Module() {}

  @Binds
  abstract Ipv4 ipv4(Ipv4Layer layer);

  @BindsOptionalOf
  abstract Ipv4AddressSource addressSource();
}

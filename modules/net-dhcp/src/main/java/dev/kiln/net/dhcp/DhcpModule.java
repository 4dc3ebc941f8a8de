package dev.kiln.net.dhcp;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Random;
import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Ethernet;
import dev.kiln.api.net.Ipv4AddressSource;
import dev.kiln.api.net.Udp;

/**
 * Binds {@link Dhcp} and {@link Ipv4AddressSource} to {@link DhcpClient}. IPv4 takes the address
 * source as an optional binding (it does not require one), so this module needing UDP, and so
 * IPv4, makes no cycle.
 */
@KilnModule(
    provides = {Dhcp.class, Ipv4AddressSource.class},
    requires = {Udp.class, Ethernet.class, Clock.class, EventLoop.class, Random.class},
    doc = "DHCP client: leases the IPv4 address, gateway and DNS servers; renews and rebinds.")
@Module
public abstract class DhcpModule {
  private DhcpModule() {}

  @Binds
  abstract Dhcp dhcp(DhcpClient client);

  @Binds
  abstract Ipv4AddressSource addressSource(DhcpClient client);
}

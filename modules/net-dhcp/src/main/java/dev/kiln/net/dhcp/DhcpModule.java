package dev.kiln.net.dhcp;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.ConfigType;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Random;
import dev.kiln.api.net.Arp;
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
    requires = {Udp.class, Ethernet.class, Arp.class, Clock.class, EventLoop.class,
        Random.class},
    config = {
        @ConfigKey(name = "dhcp.requested-address", defaultValue = "", phase = ConfigPhase.BOOT,
            doc = "An address leased before (dotted quad): start with INIT-REBOOT and ask for it"
                + " again (RFC 2131 3.2); empty: discover."),
        @ConfigKey(name = "dhcp.arp-probe", type = ConfigType.BOOLEAN, defaultValue = "true",
            phase = ConfigPhase.BOOT,
            doc = "Check a new address with ARP probes before using it and decline it if another"
                + " host answers (RFC 2131 4.4.1, RFC 5227 2.1).")
    },
    doc = "DHCP client: leases the IPv4 address, gateway and DNS servers; renews and rebinds.")
@Module
public abstract class DhcpModule {
  private DhcpModule() {}

  @Binds
  abstract Dhcp dhcp(DhcpClient client);

  @Binds
  abstract Ipv4AddressSource addressSource(DhcpClient client);
}

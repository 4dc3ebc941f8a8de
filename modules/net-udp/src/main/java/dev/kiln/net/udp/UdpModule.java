package dev.kiln.net.udp;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.net.Icmp;
import dev.kiln.api.net.Ipv4;
import dev.kiln.api.net.Udp;

/** Binds {@link Udp} to {@link UdpLayer}. */
@KilnModule(
    provides = Udp.class,
    requires = {Ipv4.class, Icmp.class},
    doc = "UDP: ports, checksums, send and receive, port unreachable.")
@Module
public abstract class UdpModule {
  private UdpModule() {}

  @Binds
  abstract Udp udp(UdpLayer layer);
}

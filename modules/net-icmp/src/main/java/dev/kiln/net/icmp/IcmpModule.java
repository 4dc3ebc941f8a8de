package dev.kiln.net.icmp;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.net.Icmp;
import dev.kiln.api.net.Ipv4;

/** Binds {@link Icmp} to {@link IcmpLayer}. */
@KilnModule(
    provides = Icmp.class,
    requires = Ipv4.class,
    doc = "ICMP: echo reply and request, destination unreachable.")
@Module
public abstract class IcmpModule {
  private IcmpModule() {}

  @Binds
  abstract Icmp icmp(IcmpLayer layer);
}

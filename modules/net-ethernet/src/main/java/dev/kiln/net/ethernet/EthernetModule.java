package dev.kiln.net.ethernet;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.net.Ethernet;
import dev.kiln.api.net.Net;

/** Binds {@link Ethernet} to {@link EthernetLayer}. */
@KilnModule(
    provides = Ethernet.class,
    requires = Net.class,
    config = @ConfigKey(name = "ethernet.device", defaultValue = "service",
        doc = "The network device the IP stack runs on."),
    doc = "Ethernet II framing: MAC filtering, broadcast, dispatch by EtherType.")
@Module
public abstract class EthernetModule {
  private EthernetModule() {}

  @Binds
  abstract Ethernet ethernet(EthernetLayer layer);
}

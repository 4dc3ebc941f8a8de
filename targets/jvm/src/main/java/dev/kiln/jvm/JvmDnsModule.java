package dev.kiln.jvm;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.EventLoop;
import dev.kiln.api.net.Dns;

/** DNS on the JVM: the host's resolver, on a worker thread, answering on the event loop. */
@KilnModule(
    provides = Dns.class,
    requires = EventLoop.class,
    targets = Target.JVM,
    doc = "Name lookups through the host's resolver (InetAddress on a worker thread), instead of"
        + " Kiln's DNS client.")
@Module
public abstract class JvmDnsModule {
  private JvmDnsModule() {}

  @Binds
  abstract Dns dns(JvmDns dns);
}

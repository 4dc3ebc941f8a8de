package dev.kiln.jvm;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.EventLoop;
import dev.kiln.api.net.Udp;

/** UDP on the JVM: the host's UDP through non-blocking java.nio datagram channels. */
@KilnModule(
    provides = Udp.class,
    requires = EventLoop.class,
    targets = Target.JVM,
    config = {
        @ConfigKey(name = "jvm.udp.bind-address", defaultValue = "0.0.0.0",
            phase = ConfigPhase.BOOT,
            doc = "The host address bound UDP ports use (dotted quad).")
    },
    doc = "UDP through the host's sockets (java.nio), instead of Kiln's own network stack.")
@Module
public abstract class JvmUdpModule {
  private JvmUdpModule() {}

  @Binds
  abstract Udp udp(JvmUdp udp);
}

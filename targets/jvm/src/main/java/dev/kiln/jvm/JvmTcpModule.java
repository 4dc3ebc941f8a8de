package dev.kiln.jvm;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.KilnModule;
import dev.kiln.annotations.Target;
import dev.kiln.api.EventLoop;
import dev.kiln.api.net.Tcp;

/** TCP on the JVM: the host's TCP through non-blocking java.nio channels. */
@KilnModule(
    provides = Tcp.class,
    requires = EventLoop.class,
    targets = Target.JVM,
    config = {
        @ConfigKey(name = "jvm.tcp.bind-address", defaultValue = "0.0.0.0",
            phase = ConfigPhase.BOOT,
            doc = "The host address listening sockets bind to (dotted quad).")
    },
    doc = "TCP through the host's sockets (java.nio), instead of Kiln's own network stack.")
@Module
public abstract class JvmTcpModule {
  private JvmTcpModule() {}

  @Binds
  abstract Tcp tcp(JvmTcp tcp);
}

package dev.kiln.net.tcp;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigType;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Random;
import dev.kiln.api.net.Ipv4;
import dev.kiln.api.net.Tcp;

/** Binds {@link Tcp} to {@link TcpLayer}. */
@KilnModule(
    provides = Tcp.class,
    requires = {Ipv4.class, Clock.class, EventLoop.class, Random.class},
    config = {
        @ConfigKey(name = "tcp.send-buffer", type = ConfigType.INT, defaultValue = "131072",
            doc = "Bytes each connection's send buffer holds."),
        @ConfigKey(name = "tcp.receive-buffer", type = ConfigType.INT, defaultValue = "131072",
            doc = "Bytes each connection's receive buffer holds: the largest window offered."),
        @ConfigKey(name = "tcp.msl-ms", type = ConfigType.INT, defaultValue = "30000",
            doc = "Maximum segment lifetime in milliseconds; TIME-WAIT lasts twice this."),
        @ConfigKey(name = "tcp.min-rto-ms", type = ConfigType.INT, defaultValue = "1000",
            doc = "Lower bound of the retransmission timeout in milliseconds (RFC 6298: 1000).")
    },
    doc = "TCP: RFC 9293 state machine, RFC 5961, RFC 6298 RTO, NewReno, window scaling, "
        + "Nagle, keepalive, listen backlog.")
@Module
public abstract class TcpModule {
  private TcpModule() {}

  @Binds
  abstract Tcp tcp(TcpLayer layer);
}

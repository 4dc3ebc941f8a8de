package dev.kiln.http;

import dagger.Binds;
import dagger.Module;
import dev.kiln.annotations.ConfigKey;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.ConfigType;
import dev.kiln.annotations.KilnModule;
import dev.kiln.api.Clock;
import dev.kiln.api.Console;
import dev.kiln.api.EventLoop;
import dev.kiln.api.http.Http;
import dev.kiln.api.net.Tcp;

/** Binds {@link Http} to {@link HttpServer}. */
@KilnModule(
    provides = Http.class,
    requires = {Tcp.class, EventLoop.class, Clock.class, Console.class},
    config = {
        @ConfigKey(name = "http.port", type = ConfigType.INT, defaultValue = "80",
            phase = ConfigPhase.BOOT, doc = "The TCP port Http.serve(handler) listens on."),
        @ConfigKey(name = "http.max-connections", type = ConfigType.INT, defaultValue = "128",
            doc = "Connections served at once; more are answered 503 and closed."),
        @ConfigKey(name = "http.max-request-line", type = ConfigType.INT, defaultValue = "4096",
            doc = "Bytes of a request line; a longer one is answered 414."),
        @ConfigKey(name = "http.max-headers", type = ConfigType.INT, defaultValue = "64",
            doc = "Header fields of a request; more are answered 431."),
        @ConfigKey(name = "http.max-header-bytes", type = ConfigType.INT, defaultValue = "8192",
            doc = "Bytes of a request's header fields; more are answered 431."),
        @ConfigKey(name = "http.max-body-bytes", type = ConfigType.INT, defaultValue = "1048576",
            doc = "Bytes of a request body; a larger one is answered 413."),
        @ConfigKey(name = "http.header-timeout-ms", type = ConfigType.INT, defaultValue = "10000",
            doc = "Milliseconds from a request's first byte to the end of its head (else 408)."),
        @ConfigKey(name = "http.idle-timeout-ms", type = ConfigType.INT, defaultValue = "60000",
            doc = "Milliseconds a connection may make no progress before it is closed."),
        @ConfigKey(name = "http.access-log", type = ConfigType.BOOLEAN, defaultValue = "true",
            doc = "Whether every request is logged on the console.")
    },
    doc = "HTTP/1.1 server: keep-alive, pipelining, chunked bodies, HEAD, conditional GET, "
        + "request limits, header and idle timeouts, routing, an access log.")
@Module
public abstract class HttpModule {
  private HttpModule() {}

  @Binds
  abstract Http http(HttpServer server);
}

package dev.kiln.http;

import dev.kiln.api.Clock;
import dev.kiln.api.Console;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Setting;
import dev.kiln.api.boot.BootValues;
import dev.kiln.api.http.Http;
import dev.kiln.api.http.HttpHandler;
import dev.kiln.api.net.Tcp;
import dev.kiln.api.net.TcpConnection;
import dev.kiln.http.codec.HeadLimits;
import dev.kiln.http.codec.HttpDate;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * {@link Http} on a {@link Tcp}: listens on the served ports, hands each accepted connection to
 * an {@link HttpConnection} (pooled with its buffers, so a steady load allocates no buffers),
 * answers 503 beyond the connection limit, and writes the access log.
 */
@Singleton
public final class HttpServer implements Http {
  private static final int MAX_PORTS = 8;

  private final Tcp tcp;
  private final EventLoop loop;
  private final Clock clock;
  private final Console console;
  private final HttpConfig config;
  private final int defaultPort;
  private final HttpDate date = new HttpDate();
  private final HttpConnection[] open;
  private final HttpConnection[] idle;
  private final int[] ports = new int[MAX_PORTS];
  private int portCount;
  private int openCount;
  private int idleCount;
  private int rejecting;
  private long rejected;
  private long requests;

  @Inject
  public HttpServer(Tcp tcp, EventLoop loop, Clock clock, Console console,
      @Setting("http.port") int port,
      @Setting("http.max-connections") int maxConnections,
      @Setting("http.max-request-line") int maxRequestLine,
      @Setting("http.max-headers") int maxHeaders,
      @Setting("http.max-header-bytes") int maxHeaderBytes,
      @Setting("http.max-body-bytes") int maxBodyBytes,
      @Setting("http.header-timeout-ms") int headerTimeoutMillis,
      @Setting("http.idle-timeout-ms") int idleTimeoutMillis,
      @Setting("http.access-log") boolean accessLog) {
    this(tcp, loop, clock, console, BootValues.port("http.port", port), new HttpConfig(maxConnections,
        new HeadLimits(maxRequestLine, maxHeaders, maxHeaderBytes), maxBodyBytes,
        headerTimeoutMillis * HttpConfig.MILLISECOND, idleTimeoutMillis * HttpConfig.MILLISECOND,
        accessLog));
  }

  public HttpServer(Tcp tcp, EventLoop loop, Clock clock, Console console, int defaultPort,
      HttpConfig config) {
    this.tcp = tcp;
    this.loop = loop;
    this.clock = clock;
    this.console = console;
    this.defaultPort = defaultPort;
    this.config = config;
    this.open = new HttpConnection[config.maxConnections()];
    this.idle = new HttpConnection[config.maxConnections()];
  }

  @Override
  public void serve(HttpHandler handler) {
    serve(defaultPort, handler);
  }

  @Override
  public void serve(int port, HttpHandler handler) {
    if (handler == null) {
      throw new NullPointerException("handler");
    }
    if (portIndex(port) >= 0) {
      throw new IllegalStateException("HTTP is served on port " + port + " already");
    }
    if (portCount == MAX_PORTS) {
      throw new IllegalStateException("HTTP is served on " + MAX_PORTS + " ports already");
    }
    tcp.listen(port, Math.min(config.maxConnections(), 64),
        connection -> accept(connection, port, handler));
    ports[portCount++] = port;
  }

  @Override
  public void stop(int port) {
    int index = portIndex(port);
    if (index < 0) {
      return;
    }
    tcp.unlisten(port);
    ports[index] = ports[--portCount];
    for (int i = 0; i < openCount; i++) {
      if (open[i].port() == port) {
        open[i].stop();
      }
    }
  }

  /** Connections open now: those being served and those being turned away with 503. */
  public int openConnections() {
    return openCount + rejecting;
  }

  /** Connections turned away with 503 since the start. */
  public long rejectedConnections() {
    return rejected;
  }

  /** Requests answered since the start, error answers included. */
  public long requests() {
    return requests;
  }

  public HttpConfig config() {
    return config;
  }

  private TcpConnection.Handler accept(TcpConnection connection, int port, HttpHandler handler) {
    if (openCount == open.length) {
      rejected++;
      return new Rejection(this, connection);
    }
    HttpConnection http = idleCount > 0 ? idle[--idleCount] : new HttpConnection(this);
    idle[idleCount] = null;
    open[openCount++] = http;
    http.open(connection, port, handler);
    return http;
  }

  /** The connection closed; its object goes back to the pool. */
  void released(HttpConnection connection) {
    for (int i = 0; i < openCount; i++) {
      if (open[i] == connection) {
        open[i] = open[--openCount];
        open[openCount] = null;
        idle[idleCount++] = connection;
        return;
      }
    }
  }

  void rejectionStarted() {
    rejecting++;
  }

  void rejectionEnded() {
    rejecting--;
  }

  void answered() {
    requests++;
  }

  private int portIndex(int port) {
    for (int i = 0; i < portCount; i++) {
      if (ports[i] == port) {
        return i;
      }
    }
    return -1;
  }

  EventLoop loop() {
    return loop;
  }

  Clock clock() {
    return clock;
  }

  Console console() {
    return console;
  }

  HttpDate date() {
    return date;
  }
}

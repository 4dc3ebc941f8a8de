package dev.kiln.http;

import dev.kiln.api.net.Tcp;
import dev.kiln.api.net.TcpConnection;
import dev.kiln.net.testing.ManualEventLoop;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Tcp} without a network, in the spirit of Netty's EmbeddedChannel: {@link #connect}
 * hands the listener a {@link MemoryConnection} whose client side the test drives byte by byte.
 * Events reach the server as tasks of a {@link ManualEventLoop}, like a real stack's would.
 */
final class MemoryTcp implements Tcp {
  private final ManualEventLoop loop;
  private final Map<Integer, AcceptHandler> listeners = new HashMap<>();
  private int nextClientPort = 40000;

  MemoryTcp(ManualEventLoop loop) {
    this.loop = loop;
  }

  @Override
  public void listen(int port, int backlog, AcceptHandler handler) {
    if (listeners.putIfAbsent(port, handler) != null) {
      throw new IllegalStateException("port " + port + " is listened on already");
    }
  }

  @Override
  public void unlisten(int port) {
    listeners.remove(port);
  }

  @Override
  public TcpConnection connect(int destination, int port, TcpConnection.Handler handler) {
    throw new UnsupportedOperationException("tests connect with connect(port, sendBuffer)");
  }

  /** A client connects to {@code port}; the server's send buffer holds {@code sendBuffer} bytes. */
  MemoryConnection connect(int port, int sendBuffer) {
    AcceptHandler listener = listeners.get(port);
    if (listener == null) {
      throw new IllegalStateException("nobody listens on " + port);
    }
    MemoryConnection connection = new MemoryConnection(loop, port, nextClientPort++, sendBuffer);
    connection.accepted(listener);
    return connection;
  }

  MemoryConnection connect(int port) {
    return connect(port, 1 << 20);
  }
}

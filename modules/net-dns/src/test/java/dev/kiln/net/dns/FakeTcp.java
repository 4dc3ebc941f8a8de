package dev.kiln.net.dns;

import dev.kiln.api.net.Tcp;
import dev.kiln.api.net.TcpConnection;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * TCP without a network: connections record what the client writes, and a test plays the
 * server by delivering bytes, a close, or a reset, in chunks of its choosing.
 */
final class FakeTcp implements Tcp {
  final List<Connection> connections = new ArrayList<>();

  @Override
  public void listen(int port, int backlog, AcceptHandler handler) {
    throw new UnsupportedOperationException("the resolver never listens");
  }

  @Override
  public void unlisten(int port) {}

  @Override
  public TcpConnection connect(int destination, int port, TcpConnection.Handler handler) {
    Connection connection = new Connection(destination, port, handler);
    connections.add(connection);
    return connection;
  }

  Connection last() {
    return connections.get(connections.size() - 1);
  }

  /** One scripted connection. */
  static final class Connection implements TcpConnection {
    final int destination;
    final int port;
    final Handler handler;
    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private byte[] incoming = new byte[0];
    private int readOffset;
    private boolean serverClosed;
    String ended;
    int writeLimit = Integer.MAX_VALUE;

    Connection(int destination, int port, Handler handler) {
      this.destination = destination;
      this.port = port;
      this.handler = handler;
    }

    void connected() {
      handler.onConnected(this);
    }

    /** The server sends these bytes. */
    void deliver(byte[] bytes) {
      byte[] joined = new byte[incoming.length - readOffset + bytes.length];
      System.arraycopy(incoming, readOffset, joined, 0, incoming.length - readOffset);
      System.arraycopy(bytes, 0, joined, incoming.length - readOffset, bytes.length);
      incoming = joined;
      readOffset = 0;
      handler.onReadable(this);
    }

    /** The server closes its side. */
    void serverClose() {
      serverClosed = true;
      handler.onReadable(this);
    }

    /** The server resets the connection. */
    void reset() {
      ended = "reset by server";
      handler.onClosed(this, CloseReason.RESET);
    }

    @Override
    public int localPort() {
      return 50000;
    }

    @Override
    public int remoteAddress() {
      return destination;
    }

    @Override
    public int remotePort() {
      return port;
    }

    @Override
    public int write(byte[] buffer, int off, int len) {
      int n = Math.min(len, writeLimit);
      written.write(buffer, off, n);
      return n;
    }

    @Override
    public int writableBytes() {
      return writeLimit;
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
      int available = incoming.length - readOffset;
      if (available == 0) {
        return serverClosed && len > 0 ? -1 : 0;
      }
      int n = Math.min(len, available);
      System.arraycopy(incoming, readOffset, buffer, off, n);
      readOffset += n;
      return n;
    }

    @Override
    public int readableBytes() {
      return incoming.length - readOffset;
    }

    @Override
    public void shutdownOutput() {}

    @Override
    public void close() {
      if (ended == null) {
        ended = "closed by client";
      }
    }

    @Override
    public void abort() {
      if (ended == null) {
        ended = "aborted by client";
      }
    }

    @Override
    public void setNoDelay(boolean noDelay) {}

    @Override
    public void setKeepAlive(long idleNanos, long intervalNanos, int probes) {}
  }
}

package dev.kiln.jvm;

import dev.kiln.api.EventLoop;
import dev.kiln.api.Setting;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Tcp;
import dev.kiln.api.net.TcpConnection;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link Tcp} on the host's TCP: non-blocking {@link ServerSocketChannel}s and {@link
 * SocketChannel}s in the {@link HostSelector}. The host kernel does the protocol; this adapts
 * its readiness to the {@link TcpConnection.Handler} events.
 *
 * <p>The backlog is the host's: on Linux it bounds connections waiting to be accepted (handshake
 * finished), not half-open ones; this accepts every ready connection at once, so the queue stays
 * short.
 */
@Singleton
final class JvmTcp implements Tcp {
  private final EventLoop loop;
  private final HostSelector selector;
  private final InetAddress bindAddress;
  private final Map<Integer, Listening> listening = new HashMap<>();

  @Inject
  JvmTcp(EventLoop loop, HostSelector selector,
      @Setting("jvm.tcp.bind-address") String bindAddress) {
    this.loop = loop;
    this.selector = selector;
    this.bindAddress = address(Ipv4Address.parse(bindAddress).value());
  }

  @Override
  public void listen(int port, int backlog, AcceptHandler handler) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range 1..65535: " + port);
    }
    if (backlog < 1) {
      throw new IllegalArgumentException("backlog must be at least 1: " + backlog);
    }
    if (handler == null) {
      throw new NullPointerException("handler");
    }
    if (listening.containsKey(port)) {
      throw new IllegalStateException("port " + port + " is listened on already");
    }
    ServerSocketChannel server = null;
    try {
      server = ServerSocketChannel.open();
      server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      server.bind(new InetSocketAddress(bindAddress, port), backlog);
      server.configureBlocking(false);
      Listening entry = new Listening(server, handler);
      entry.key = selector.register(loop, server, SelectionKey.OP_ACCEPT, key -> entry.accept());
      listening.put(port, entry);
    } catch (IOException e) {
      closeQuietly(server);
      throw new IllegalStateException("cannot listen on " + bindAddress.getHostAddress() + " port "
          + port + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void unlisten(int port) {
    Listening entry = listening.remove(port);
    if (entry != null) {
      selector.cancel(loop, entry.key);
      closeQuietly(entry.server);
    }
  }

  @Override
  public TcpConnection connect(int destination, int port, TcpConnection.Handler handler) {
    if (handler == null) {
      throw new NullPointerException("handler");
    }
    SocketChannel channel;
    try {
      channel = SocketChannel.open();
      channel.configureBlocking(false);
    } catch (IOException e) {
      throw new IllegalStateException("cannot open a socket: " + e.getMessage(), e);
    }
    JvmTcpConnection connection = new JvmTcpConnection(loop, selector, channel, handler);
    connection.connect(new InetSocketAddress(address(destination), port));
    return connection;
  }

  static InetAddress address(int value) {
    byte[] bytes = new byte[4];
    Ipv4Address.write(value, bytes, 0);
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  static void closeQuietly(java.io.Closeable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (IOException ignored) {
        // nothing to do: the channel is gone either way
      }
    }
  }

  /** One listening port. */
  private final class Listening {
    final ServerSocketChannel server;
    final AcceptHandler handler;
    SelectionKey key;

    Listening(ServerSocketChannel server, AcceptHandler handler) {
      this.server = server;
      this.handler = handler;
    }

    void accept() {
      while (key.isValid()) {
        SocketChannel channel;
        try {
          channel = server.accept();
          if (channel == null) {
            return;
          }
          channel.configureBlocking(false);
        } catch (IOException e) {
          return; // e.g. the peer reset before we accepted; try again at the next readiness
        }
        JvmTcpConnection connection = new JvmTcpConnection(loop, selector, channel, null);
        connection.accepted(handler);
      }
    }
  }
}

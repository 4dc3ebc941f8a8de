package dev.kiln.jvm;

import dev.kiln.api.EventLoop;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Tcp;
import dev.kiln.api.net.TcpConnection;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import jdk.net.ExtendedSocketOptions;

/**
 * One host TCP connection. There is no send buffer of our own: {@link #write} hands bytes to the
 * kernel's, and returns what it took; when it took less, OP_WRITE is asked for and {@link
 * Handler#onWritable} follows when the kernel's buffer has room again.
 *
 * <p>Readiness is level-triggered on the host, while handlers expect an event when bytes arrive.
 * So when {@link Handler#onReadable} returns without having called {@link #read} (the handler is
 * waiting for something else, e.g. {@code onWritable}), OP_READ is dropped until the next call to
 * {@link #read}, instead of reporting the same bytes again and again.
 */
final class JvmTcpConnection implements TcpConnection {
  private static final Handler NO_HANDLER = new Handler() {};

  private enum State { CONNECTING, OPEN, CLOSED }

  private final EventLoop loop;
  private final HostSelector selector;
  private final SocketChannel channel;
  private Handler handler;
  private SelectionKey key;
  private State state;
  private int localPort;
  private int remoteAddress;
  private int remotePort;
  private int sendBufferSize;
  private boolean readInterest = true;
  private boolean readCalled;
  private boolean writePending;
  private boolean inputEnded;
  private boolean outputShut;
  private boolean closing;
  private byte[] discard;

  JvmTcpConnection(EventLoop loop, HostSelector selector, SocketChannel channel,
      Handler handler) {
    this.loop = loop;
    this.selector = selector;
    this.channel = channel;
    this.handler = handler == null ? NO_HANDLER : handler;
  }

  /** Starts an active open. */
  void connect(InetSocketAddress remote) {
    remoteAddress = Ipv4Address.read(remote.getAddress().getAddress(), 0);
    remotePort = remote.getPort();
    state = State.CONNECTING;
    try {
      boolean connected = channel.connect(remote);
      localPort = channel.socket().getLocalPort();
      key = selector.register(loop, channel, connected ? 0 : SelectionKey.OP_CONNECT,
          this::ready);
      if (connected) {
        loop.soon(this::connected);
      }
    } catch (IOException e) {
      finish(reason(e));
    }
  }

  /** Takes over a connection a listening socket accepted. */
  void accepted(Tcp.AcceptHandler acceptHandler) {
    InetSocketAddress remote = (InetSocketAddress) channel.socket().getRemoteSocketAddress();
    remoteAddress = Ipv4Address.read(remote.getAddress().getAddress(), 0);
    remotePort = remote.getPort();
    localPort = channel.socket().getLocalPort();
    state = State.OPEN;
    try {
      sendBufferSize = channel.getOption(StandardSocketOptions.SO_SNDBUF);
      key = selector.register(loop, channel, SelectionKey.OP_READ, this::ready);
    } catch (IOException e) {
      finish(reason(e));
      return;
    }
    Handler accepted = acceptHandler.accept(this);
    handler = accepted == null ? NO_HANDLER : accepted;
  }

  @Override
  public int localPort() {
    return localPort;
  }

  @Override
  public int remoteAddress() {
    return remoteAddress;
  }

  @Override
  public int remotePort() {
    return remotePort;
  }

  @Override
  public int write(byte[] buffer, int off, int len) {
    if (state == State.CLOSED || outputShut) {
      return -1;
    }
    if (state == State.CONNECTING || writePending) {
      writePending = true; // onWritable follows once connected / once the buffer drains
      return 0;
    }
    try {
      int written = channel.write(ByteBuffer.wrap(buffer, off, len));
      if (written < len) {
        writePending = true;
        updateInterest();
      }
      return written;
    } catch (IOException e) {
      finish(reason(e));
      return -1;
    }
  }

  /** Best effort: the host does not say how full its send buffer is. */
  @Override
  public int writableBytes() {
    if (state != State.OPEN || outputShut || writePending) {
      return 0;
    }
    return sendBufferSize;
  }

  @Override
  public int read(byte[] buffer, int off, int len) {
    if (state == State.CLOSED || closing || inputEnded) {
      return -1;
    }
    if (state == State.CONNECTING) {
      return 0;
    }
    readCalled = true;
    if (!readInterest) {
      readInterest = true;
      updateInterest();
    }
    try {
      int read = channel.read(ByteBuffer.wrap(buffer, off, len));
      if (read < 0) {
        inputEnded = true;
        updateInterest();
        finishIfDone();
      }
      return read;
    } catch (IOException e) {
      finish(reason(e));
      return -1;
    }
  }

  /** Not known on the host (no FIONREAD through java.nio): always 0. */
  @Override
  public int readableBytes() {
    return 0;
  }

  @Override
  public void shutdownOutput() {
    if (state == State.CLOSED || outputShut) {
      return;
    }
    outputShut = true;
    writePending = false;
    if (state == State.OPEN) {
      try {
        channel.shutdownOutput();
      } catch (IOException e) {
        finish(reason(e));
        return;
      }
      updateInterest();
      finishIfDone();
    } // else: shut down once connected
  }

  @Override
  public void close() {
    if (state == State.CLOSED || closing) {
      return;
    }
    closing = true;
    shutdownOutput();
    if (state == State.OPEN) {
      readInterest = true;
      updateInterest();
      finishIfDone();
    }
  }

  @Override
  public void abort() {
    if (state == State.CLOSED) {
      return;
    }
    try {
      channel.setOption(StandardSocketOptions.SO_LINGER, 0); // close sends RST
    } catch (IOException | RuntimeException ignored) {
      // closing anyway
    }
    finish(CloseReason.ABORTED);
  }

  @Override
  public void setNoDelay(boolean noDelay) {
    setOption(StandardSocketOptions.TCP_NODELAY, noDelay);
  }

  /**
   * SO_KEEPALIVE, with idle time, interval and probe count through the JDK's extended options
   * where the host has them (Linux, macOS); times are whole seconds, rounded up.
   */
  @Override
  public void setKeepAlive(long idleNanos, long intervalNanos, int probes) {
    boolean on = idleNanos > 0;
    setOption(StandardSocketOptions.SO_KEEPALIVE, on);
    if (on) {
      setOption(ExtendedSocketOptions.TCP_KEEPIDLE, seconds(idleNanos));
      setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, seconds(intervalNanos));
      if (probes > 0) {
        setOption(ExtendedSocketOptions.TCP_KEEPCOUNT, probes);
      }
    }
  }

  private static int seconds(long nanos) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (nanos + 999_999_999L) / 1_000_000_000L));
  }

  private <T> void setOption(SocketOption<T> option, T value) {
    if (state == State.CLOSED) {
      return;
    }
    try {
      if (channel.supportedOptions().contains(option)) {
        channel.setOption(option, value);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // best effort: the host does not support it
    }
  }

  private void ready(SelectionKey readyKey) {
    int ready = readyKey.readyOps();
    if (state == State.CONNECTING) {
      if ((ready & SelectionKey.OP_CONNECT) != 0) {
        try {
          if (channel.finishConnect()) {
            connected();
          }
        } catch (IOException e) {
          finish(reason(e));
        }
      }
      return;
    }
    if (state == State.OPEN && (ready & SelectionKey.OP_WRITE) != 0 && writePending) {
      writePending = false;
      updateInterest();
      handler.onWritable(this);
    }
    if (state == State.OPEN && (ready & SelectionKey.OP_READ) != 0 && !inputEnded) {
      if (closing) {
        discardInput();
      } else {
        readCalled = false;
        handler.onReadable(this);
        if (state == State.OPEN && !readCalled && !inputEnded) {
          readInterest = false;
          updateInterest();
        }
      }
    }
  }

  private void connected() {
    if (state != State.CONNECTING) {
      return;
    }
    state = State.OPEN;
    try {
      localPort = channel.socket().getLocalPort();
      sendBufferSize = channel.getOption(StandardSocketOptions.SO_SNDBUF);
      if (outputShut) {
        channel.shutdownOutput();
      }
    } catch (IOException e) {
      finish(reason(e));
      return;
    }
    boolean wanted = writePending;
    writePending = false;
    updateInterest();
    handler.onConnected(this);
    if (wanted && state == State.OPEN && !outputShut && !writePending) {
      handler.onWritable(this);
    }
  }

  /** After close: reads and drops what arrives, until the peer's FIN. */
  private void discardInput() {
    if (discard == null) {
      discard = new byte[8192];
    }
    try {
      int read;
      while ((read = channel.read(ByteBuffer.wrap(discard))) > 0) {
        // dropped
      }
      if (read < 0) {
        inputEnded = true;
        finishIfDone();
      }
    } catch (IOException e) {
      finish(reason(e));
    }
  }

  private void finishIfDone() {
    if (state == State.OPEN && inputEnded && outputShut) {
      finish(CloseReason.CLOSED);
    }
  }

  private void updateInterest() {
    if (key == null || !key.isValid()) {
      return;
    }
    int ops = 0;
    if (state == State.CONNECTING) {
      ops = SelectionKey.OP_CONNECT;
    } else if (state == State.OPEN) {
      if (readInterest && !inputEnded) {
        ops |= SelectionKey.OP_READ;
      }
      if (writePending && !outputShut) {
        ops |= SelectionKey.OP_WRITE;
      }
    }
    if (key.interestOps() != ops) {
      key.interestOps(ops);
    }
  }

  private void finish(CloseReason reason) {
    if (state == State.CLOSED) {
      return;
    }
    state = State.CLOSED;
    writePending = false;
    if (key != null) {
      selector.cancel(loop, key);
    }
    JvmTcp.closeQuietly(channel);
    loop.soon(() -> handler.onClosed(this, reason));
  }

  private static CloseReason reason(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    if (message.contains("refused")) {
      return CloseReason.REFUSED;
    }
    if (message.contains("timed out")) {
      return CloseReason.TIMED_OUT;
    }
    return CloseReason.RESET;
  }
}

package dev.kiln.http;

import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Tcp;
import dev.kiln.api.net.TcpConnection;
import dev.kiln.net.testing.ManualEventLoop;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Both ends of one in-memory TCP connection. The server side is the {@link TcpConnection} the HTTP
 * server uses; the test plays the client with {@link #send}, {@link #take}, {@link #finish},
 * {@link #clientClose} and {@link #reset}. Like TCP: bytes the server writes wait in a bounded send
 * buffer until the client takes them, and the connection is closed when both sides have finished
 * (or one aborts).
 */
final class MemoryConnection implements TcpConnection {
  static final int CLIENT_ADDRESS = Ipv4Address.of(10, 0, 0, 1).value();

  private final ManualEventLoop loop;
  private final int localPort;
  private final int remotePort;
  private final int sendBuffer;
  private byte[] inbound = new byte[256];
  private int inboundStart;
  private int inboundEnd;
  private boolean clientFinished;
  private final ByteArrayOutputStream outbound = new ByteArrayOutputStream();
  private boolean outputShut;
  private boolean discarding;
  private boolean wantWritable;
  private boolean clientClosed;
  private CloseReason closed;
  private boolean closeReported;
  private Handler handler;

  MemoryConnection(ManualEventLoop loop, int localPort, int remotePort, int sendBuffer) {
    this.loop = loop;
    this.localPort = localPort;
    this.remotePort = remotePort;
    this.sendBuffer = sendBuffer;
  }

  void accepted(Tcp.AcceptHandler listener) {
    Handler accepted = listener.accept(this);
    handler = accepted != null ? accepted : new Handler() {};
    if (closed != null) {
      reportClosed();
    }
  }

  // ---------------------------------------------------------------- the client side

  /** The client sends bytes. */
  MemoryConnection send(byte[] bytes) {
    if (clientFinished || closed != null) {
      return this;
    }
    if (discarding) {
      return this;
    }
    if (inboundEnd + bytes.length > inbound.length) {
      inbound = Arrays.copyOf(inbound, Math.max(inbound.length * 2, inboundEnd + bytes.length));
    }
    System.arraycopy(bytes, 0, inbound, inboundEnd, bytes.length);
    inboundEnd += bytes.length;
    loop.soon(this::readable);
    return this;
  }

  MemoryConnection send(String text) {
    return send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** The client shuts down its output (FIN). */
  MemoryConnection finish() {
    if (!clientFinished && closed == null) {
      clientFinished = true;
      loop.soon(this::readable);
      closeIfDone();
    }
    return this;
  }

  /** The client takes everything the server sent so far. */
  byte[] take() {
    byte[] bytes = outbound.toByteArray();
    outbound.reset();
    if (wantWritable && closed == null && !outputShut) {
      wantWritable = false;
      loop.soon(() -> {
        if (closed == null) {
          handler.onWritable(this);
        }
      });
    }
    return bytes;
  }

  String takeText() {
    return new String(take(), StandardCharsets.ISO_8859_1);
  }

  /** True once the server's FIN arrived (after everything it wrote). */
  boolean serverFinished() {
    return outputShut || closed != null;
  }

  boolean isClosed() {
    return closed != null;
  }

  CloseReason closeReason() {
    return closed;
  }

  /** The client closes its socket: FIN if not sent, and it is gone. */
  void clientClose() {
    clientClosed = true;
    finish();
    closeIfDone();
  }

  /** The client resets the connection. */
  void reset() {
    close(CloseReason.RESET);
  }

  // ---------------------------------------------------------------- the server side

  @Override
  public int localPort() {
    return localPort;
  }

  @Override
  public int remoteAddress() {
    return CLIENT_ADDRESS;
  }

  @Override
  public int remotePort() {
    return remotePort;
  }

  @Override
  public int write(byte[] buffer, int off, int len) {
    if (off < 0 || len < 0 || off + len > buffer.length) {
      throw new IndexOutOfBoundsException();
    }
    if (closed != null || outputShut) {
      return -1;
    }
    int n = Math.min(len, sendBuffer - outbound.size());
    outbound.write(buffer, off, n);
    if (n < len) {
      wantWritable = true;
    }
    return n;
  }

  @Override
  public int writableBytes() {
    return closed != null || outputShut ? 0 : sendBuffer - outbound.size();
  }

  @Override
  public int read(byte[] buffer, int off, int len) {
    if (off < 0 || len < 0 || off + len > buffer.length) {
      throw new IndexOutOfBoundsException();
    }
    if (closed != null || discarding) {
      return -1;
    }
    int n = Math.min(len, inboundEnd - inboundStart);
    if (n == 0) {
      return clientFinished && len > 0 ? -1 : 0;
    }
    System.arraycopy(inbound, inboundStart, buffer, off, n);
    inboundStart += n;
    if (inboundStart == inboundEnd) {
      inboundStart = inboundEnd = 0;
    }
    return n;
  }

  @Override
  public int readableBytes() {
    return inboundEnd - inboundStart;
  }

  @Override
  public void shutdownOutput() {
    if (closed == null) {
      outputShut = true;
      closeIfDone();
    }
  }

  @Override
  public void close() {
    if (closed == null) {
      discarding = true;
      inboundStart = inboundEnd = 0;
      shutdownOutput();
    }
  }

  @Override
  public void abort() {
    close(CloseReason.ABORTED);
  }

  @Override
  public void setNoDelay(boolean noDelay) {}

  @Override
  public void setKeepAlive(long idleNanos, long intervalNanos, int probes) {}

  private void readable() {
    if (closed == null && handler != null && !discarding) {
      handler.onReadable(this);
    }
  }

  private void closeIfDone() {
    if (outputShut && (clientFinished || clientClosed)) {
      close(CloseReason.CLOSED);
    }
  }

  private void close(CloseReason reason) {
    if (closed != null) {
      return;
    }
    closed = reason;
    if (handler != null) {
      reportClosed();
    }
  }

  private void reportClosed() {
    loop.soon(() -> {
      if (!closeReported) {
        closeReported = true;
        handler.onClosed(this, closed);
      }
    });
  }
}

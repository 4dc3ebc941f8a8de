package dev.kiln.net.dns;

import dev.kiln.api.net.Tcp;
import dev.kiln.api.net.TcpConnection;

/**
 * One query over TCP (RFC 1035 4.2.2, RFC 7766 6.2): connects to port 53, sends the message with
 * its two-byte length in front, reads one length-prefixed response, and closes. The resolver uses
 * it when a UDP answer came back truncated. Exactly one of the {@link Listener}'s methods is
 * called, unless {@link #abort} comes first.
 */
final class DnsOverTcp implements TcpConnection.Handler {
  static final int PORT = 53;

  /** Hears how the exchange ended. */
  interface Listener {
    /** The response's bytes (without the length prefix). */
    void response(byte[] message, int length);

    /** The connection failed or closed before a whole response arrived. */
    void failed();
  }

  private final Listener listener;
  private final byte[] request;
  private int written;
  private final byte[] prefix = new byte[2];
  private int prefixRead;
  private byte[] response;
  private int responseRead;
  private TcpConnection connection;
  private boolean done;

  private DnsOverTcp(byte[] query, int offset, int length, Listener listener) {
    this.listener = listener;
    this.request = new byte[2 + length];
    request[0] = (byte) (length >>> 8);
    request[1] = (byte) length;
    System.arraycopy(query, offset, request, 2, length);
  }

  /** Starts the exchange with {@code server}; the query is copied. */
  static DnsOverTcp start(Tcp tcp, int server, byte[] query, int offset, int length,
      Listener listener) {
    if (length > 0xFFFF) {
      throw new IllegalArgumentException("DNS message of " + length + " bytes");
    }
    DnsOverTcp exchange = new DnsOverTcp(query, offset, length, listener);
    exchange.connection = tcp.connect(server, PORT, exchange);
    return exchange;
  }

  /** Gives up: the connection is reset and the listener hears nothing more. */
  void abort() {
    if (!done) {
      done = true;
      connection.abort();
    }
  }

  @Override
  public void onConnected(TcpConnection c) {
    c.setNoDelay(true);
    flush(c);
  }

  @Override
  public void onWritable(TcpConnection c) {
    flush(c);
  }

  private void flush(TcpConnection c) {
    if (done || written == request.length) {
      return;
    }
    int n = c.write(request, written, request.length - written);
    if (n > 0) {
      written += n;
    }
  }

  @Override
  public void onReadable(TcpConnection c) {
    while (!done) {
      int n;
      if (prefixRead < 2) {
        n = c.read(prefix, prefixRead, 2 - prefixRead);
        if (n > 0) {
          prefixRead += n;
          if (prefixRead == 2) {
            response = new byte[(prefix[0] & 0xFF) << 8 | (prefix[1] & 0xFF)];
          }
        }
      } else {
        n = c.read(response, responseRead, response.length - responseRead);
        if (n > 0) {
          responseRead += n;
        }
      }
      if (response != null && responseRead == response.length) {
        done = true;
        c.close();
        listener.response(response, response.length);
        return;
      }
      if (n <= 0) {
        if (n < 0) {
          fail(c); // the server closed before a whole response
        }
        return;
      }
    }
  }

  @Override
  public void onClosed(TcpConnection c, TcpConnection.CloseReason reason) {
    if (!done) {
      fail(c);
    }
  }

  private void fail(TcpConnection c) {
    done = true;
    c.abort();
    listener.failed();
  }
}

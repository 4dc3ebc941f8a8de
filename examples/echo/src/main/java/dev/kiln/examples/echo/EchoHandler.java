package dev.kiln.examples.echo;

import dev.kiln.api.Console;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.TcpConnection;

/**
 * One echo connection, shared by {@link EchoServer} and {@link EchoDhcpServer}: reads into a
 * buffer and writes it back. When the send buffer is full it stops reading, so the receive window
 * closes and the client slows down (backpressure both ways); it goes on when the send buffer
 * drains.
 */
final class EchoHandler implements TcpConnection.Handler {
  private final Console console;
  private final byte[] buffer = new byte[16 * 1024];
  private int start;
  private int end;
  private long echoed;
  private boolean ended;

  EchoHandler(Console console) {
    this.console = console;
  }

  @Override
  public void onReadable(TcpConnection connection) {
    pump(connection);
  }

  @Override
  public void onWritable(TcpConnection connection) {
    pump(connection);
  }

  private void pump(TcpConnection connection) {
    while (true) {
      if (start < end) {
        int written = connection.write(buffer, start, end - start);
        if (written < 0) {
          return;
        }
        start += written;
        echoed += written;
        if (start < end) {
          return; // wait for onWritable
        }
      }
      start = 0;
      end = 0;
      int read = connection.read(buffer, 0, buffer.length);
      if (read < 0) {
        if (!ended) {
          ended = true;
          connection.close();
        }
        return;
      }
      if (read == 0) {
        return;
      }
      end = read;
    }
  }

  @Override
  public void onClosed(TcpConnection connection, TcpConnection.CloseReason reason) {
    console.println("echo: " + Ipv4Address.format(connection.remoteAddress()) + ":"
        + connection.remotePort() + " " + reason + " after " + echoed + " bytes");
  }
}

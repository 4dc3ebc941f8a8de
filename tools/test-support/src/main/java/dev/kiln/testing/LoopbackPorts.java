package dev.kiln.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports for a test to hand to a server it starts (a jar, or QEMU's port forward). */
public final class LoopbackPorts {
  private LoopbackPorts() {}

  /** A TCP port free on the loopback address now; another process may take it before use. */
  public static int free() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

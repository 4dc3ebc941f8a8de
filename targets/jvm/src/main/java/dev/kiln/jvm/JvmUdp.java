package dev.kiln.jvm;

import dev.kiln.api.EventLoop;
import dev.kiln.api.Setting;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Udp;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link Udp} on the host's UDP: one non-blocking {@link DatagramChannel} per bound port, in the
 * {@link HostSelector}. Sending from a port that is not bound uses a send-only channel bound to
 * that port (kept open, not selected). The host computes checksums; ICMP port unreachable is the
 * host's business too (not reported).
 */
@Singleton
final class JvmUdp implements Udp {
  private static final int MAX_PAYLOAD = 65_507;

  private final EventLoop loop;
  private final HostSelector selector;
  private final InetAddress bindAddress;
  private final Map<Integer, Bound> bound = new HashMap<>();
  private final Map<Integer, DatagramChannel> sendOnly = new HashMap<>();
  private final byte[] receiveBuffer = new byte[HEADROOM + MAX_PAYLOAD];
  private final ByteBuffer receiveView =
      ByteBuffer.wrap(receiveBuffer, HEADROOM, MAX_PAYLOAD).slice();

  @Inject
  JvmUdp(EventLoop loop, HostSelector selector,
      @Setting("jvm.udp.bind-address") String bindAddress) {
    this.loop = loop;
    this.selector = selector;
    this.bindAddress = JvmTcp.address(Ipv4Address.parse(bindAddress).value());
  }

  @Override
  public void bind(int port, Listener listener) {
    checkPort(port);
    if (listener == null) {
      throw new NullPointerException("listener");
    }
    if (bound.containsKey(port)) {
      throw new IllegalStateException("UDP port " + port + " is bound already");
    }
    JvmTcp.closeQuietly(sendOnly.remove(port));
    DatagramChannel channel = null;
    try {
      channel = open(port);
      Bound entry = new Bound(port, channel, listener);
      entry.key = selector.register(loop, channel, SelectionKey.OP_READ, key -> entry.receive());
      bound.put(port, entry);
    } catch (IOException e) {
      JvmTcp.closeQuietly(channel);
      throw new IllegalStateException("cannot bind UDP " + bindAddress.getHostAddress() + " port "
          + port + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void unbind(int port) {
    Bound entry = bound.remove(port);
    if (entry != null) {
      selector.cancel(loop, entry.key);
      JvmTcp.closeQuietly(entry.channel);
    }
  }

  @Override
  public boolean send(int sourcePort, int destination, int destinationPort, byte[] buffer,
      int payloadOffset, int payloadLength) {
    checkPort(sourcePort);
    try {
      DatagramChannel channel;
      Bound entry = bound.get(sourcePort);
      if (entry != null) {
        channel = entry.channel;
      } else {
        channel = sendOnly.get(sourcePort);
        if (channel == null) {
          channel = open(sourcePort);
          sendOnly.put(sourcePort, channel);
        }
      }
      int sent = channel.send(ByteBuffer.wrap(buffer, payloadOffset, payloadLength),
          new InetSocketAddress(JvmTcp.address(destination), destinationPort));
      return sent == payloadLength;
    } catch (IOException e) {
      return false; // dropped, as a full device queue would drop it
    }
  }

  private DatagramChannel open(int port) throws IOException {
    DatagramChannel channel = DatagramChannel.open(java.net.StandardProtocolFamily.INET);
    try {
      channel.setOption(StandardSocketOptions.SO_BROADCAST, true);
      channel.bind(new InetSocketAddress(bindAddress, port));
      channel.configureBlocking(false);
      return channel;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  private static void checkPort(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range 1..65535: " + port);
    }
  }

  /** One bound port. */
  private final class Bound {
    final int port;
    final DatagramChannel channel;
    final Listener listener;
    SelectionKey key;

    Bound(int port, DatagramChannel channel, Listener listener) {
      this.port = port;
      this.channel = channel;
      this.listener = listener;
    }

    void receive() {
      while (key.isValid()) {
        InetSocketAddress source;
        try {
          receiveView.clear();
          source = (InetSocketAddress) channel.receive(receiveView);
        } catch (IOException e) {
          return; // e.g. an ICMP error for an earlier send; go on at the next readiness
        }
        if (source == null) {
          return;
        }
        listener.datagram(Ipv4Address.read(source.getAddress().getAddress(), 0),
            source.getPort(), port, receiveBuffer, HEADROOM, receiveView.position());
      }
    }
  }
}

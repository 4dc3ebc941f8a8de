package dev.kiln.net.dns;

import dev.kiln.api.net.Udp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** UDP without a network: records what is sent and delivers what a test scripts. */
final class FakeUdp implements Udp {
  record Sent(int sourcePort, int destination, int destinationPort, DnsMessage query) {}

  final Map<Integer, Listener> bound = new HashMap<>();
  final List<Sent> sent = new ArrayList<>();

  @Override
  public void bind(int port, Listener listener) {
    if (bound.putIfAbsent(port, listener) != null) {
      throw new IllegalStateException("bound already: " + port);
    }
  }

  @Override
  public void unbind(int port) {
    bound.remove(port);
  }

  @Override
  public boolean send(int sourcePort, int destination, int destinationPort, byte[] buffer,
      int payloadOffset, int payloadLength) {
    try {
      sent.add(new Sent(sourcePort, destination, destinationPort,
          DnsMessage.parse(buffer, payloadOffset, payloadLength)));
    } catch (MalformedDnsException e) {
      throw new AssertionError(e);
    }
    return true;
  }

  Sent last() {
    return sent.get(sent.size() - 1);
  }

  /** Delivers {@code message} from {@code source}:53 to the port of the last query. */
  void reply(int source, DnsMessage message) {
    byte[] buffer = new byte[HEADROOM + 512];
    int length = message.emit(buffer, HEADROOM);
    Listener listener = bound.get(last().sourcePort());
    if (listener != null) {
      listener.datagram(source, 53, last().sourcePort(), buffer, HEADROOM, length);
    }
  }
}

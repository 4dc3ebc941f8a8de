package dev.kiln.net.icmp;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.Ipv4;
import dev.kiln.net.ipv4.Ipv4Header;
import dev.kiln.net.testing.LinkFaults;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetwork;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcmpLayerTest {
  private static final int A = 0x0a000001;
  private static final int B = 0x0a000002;

  private final ManualEventLoop loop = new ManualEventLoop();
  private final SimulatedNetwork network = new SimulatedNetwork(loop, 11, LinkFaults.NONE);
  private final Host a = new Host(network, loop, "a", 0x0200_0000_0001L, "10.0.0.1/24");
  private final Host b = new Host(network, loop, "b", 0x0200_0000_0002L, "10.0.0.2/24");
  private final List<String> replies = new ArrayList<>();
  private final List<String> requests = new ArrayList<>();

  IcmpLayerTest() {
    a.icmp.onEchoReply((peer, id, seq, buffer, offset, length) ->
        replies.add(peer + ":" + id + ":" + seq + ":" + length + ":" + buffer[offset]));
    b.icmp.onEchoRequest((peer, id, seq, buffer, offset, length) ->
        requests.add(peer + ":" + id + ":" + seq));
    loop.advance(1_000_000);
  }

  @Test
  void answersAnEchoRequestWithTheSameIdentifierSequenceAndData() {
    ping(A, B, 7, 1, 56);
    loop.advance(10_000_000);

    assertThat(requests).containsExactly(A + ":7:1");
    assertThat(replies).containsExactly(B + ":7:1:56:42");
    assertThat(b.icmp.echoesAnswered()).isEqualTo(1);
  }

  @Test
  void pingsAcrossALossyReorderingCorruptingLinkWithoutEverBreaking() {
    network.setFaults(new LinkFaults(0.1, 0.1, 0.05, 0.2, 100_000, 2_000_000));
    for (int seq = 0; seq < 200; seq++) {
      ping(A, B, 9, seq, 32);
      loop.advance(5_000_000);
    }
    loop.advance(10_000_000_000L);

    // Each reply answered a request that arrived intact, and carries its data unchanged.
    assertThat(replies.size()).isGreaterThan(100);
    for (String reply : replies) {
      assertThat(reply).endsWith(":32:42");
    }
    assertThat(b.icmp.echoesAnswered()).isAtLeast(replies.stream().distinct().count());

    // The link heals; the stacks still work exactly.
    network.setFaults(LinkFaults.NONE);
    replies.clear();
    ping(A, B, 10, 1, 8);
    loop.advance(10_000_000);
    assertThat(replies).containsExactly(B + ":10:1:8:42");
  }

  @Test
  void sendsProtocolUnreachableForAProtocolNobodyHandles() throws Exception {
    List<Integer> unreachableCodes = new ArrayList<>();
    a.ipv4.onProtocol(1, (source, destination, protocol, buffer, header, offset, length) -> {
      if (buffer[offset] == 3) {
        unreachableCodes.add((int) buffer[offset + 1]);
        // The quote is the offending header and 8 bytes of its payload.
        assertThat(length).isEqualTo(8 + 20 + 8);
      }
    });
    byte[] buffer = new byte[Ipv4.HEADROOM + 12];
    a.ipv4.send(B, 253, buffer, Ipv4.HEADROOM, 12);
    loop.advance(10_000_000);

    assertThat(unreachableCodes).containsExactly(2);
    assertThat(b.icmp.unreachablesSent()).isEqualTo(1);
  }

  @Test
  void neverAnswersBroadcastsOrErrorsWithErrors() {
    byte[] datagram = new byte[14 + 28];
    new Ipv4Header(0, 28, 1, false, false, 0, 64, 253, A, 0x0a0000ff).emit(datagram, 14);
    assertThat(b.icmp.sendDestinationUnreachable(2, datagram, 14, 28)).isFalse();

    byte[] error = new byte[14 + 28];
    new Ipv4Header(0, 28, 1, false, false, 0, 64, 1, A, B).emit(error, 14);
    error[34] = 3;
    assertThat(b.icmp.sendDestinationUnreachable(2, error, 14, 28)).isFalse();

    byte[] fragment = new byte[14 + 28];
    new Ipv4Header(0, 28, 1, false, false, 8, 64, 253, A, B).emit(fragment, 14);
    assertThat(b.icmp.sendDestinationUnreachable(2, fragment, 14, 28)).isFalse();
  }

  @Test
  void doesNotAnswerBroadcastEchoRequests() {
    ping(A, 0x0a0000ff, 1, 1, 8);
    loop.advance(10_000_000);
    assertThat(requests).isEmpty();
    assertThat(replies).isEmpty();
  }

  @Test
  void answersAReassembledEchoRequestThatFitsTheMtu() {
    // Two fragments of one echo request (8 + 100 bytes), sent by hand from A's device.
    byte[] message = new byte[108];
    message[8] = 42;
    IcmpHeader.echo(8, 5, 6).emit(message, 0, 100);
    sendFragment(message, 0, 56, true);
    sendFragment(message, 56, 52, false);
    loop.advance(10_000_000);

    assertThat(replies).containsExactly(B + ":5:6:100:42");
  }

  private void sendFragment(byte[] message, int offset, int length, boolean more) {
    byte[] frame = new byte[14 + 20 + length];
    new dev.kiln.net.ethernet.EthernetHeader(0x0200_0000_0002L, 0x0200_0000_0001L, 0x0800)
        .emit(frame, 0);
    new Ipv4Header(0, 20 + length, 0x4444, false, more, offset, 64, 1, A, B).emit(frame, 14);
    System.arraycopy(message, offset, frame, 34, length);
    a.device.send(frame, 0, frame.length);
  }

  private void ping(int from, int to, int id, int seq, int dataLength) {
    Host host = from == A ? a : b;
    byte[] buffer = new byte[Ipv4.HEADROOM + 8 + dataLength];
    buffer[Ipv4.HEADROOM + 8] = 42;
    host.icmp.sendEchoRequest(to, id, seq, buffer, Ipv4.HEADROOM + 8, dataLength);
  }
}

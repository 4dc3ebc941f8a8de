package dev.kiln.net.dns;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.Dns;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.net.testing.ManualEventLoop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A truncated UDP answer (TC) is asked again over TCP with the two-byte length prefix (RFC 1035
 * 4.2.2, RFC 7766 6.2 and 8), when the image has TCP; against a scripted server.
 */
class DnsTcpFallbackTest {
  private static final long SECOND = 1_000_000_000L;
  private static final int SERVER = 0x0a000001;
  private static final int OTHER = 0x0a000002;
  private static final int KILN = 0x0a00004d;

  private final ManualEventLoop loop = new ManualEventLoop();
  private final FakeUdp udp = new FakeUdp();
  private final FakeTcp tcp = new FakeTcp();
  private final java.util.Random seeded = new java.util.Random(5);
  private final List<String> results = new ArrayList<>();
  private final Dns.Callback callback = new Dns.Callback() {
    @Override
    public void resolved(String name, int[] addresses) {
      StringBuilder text = new StringBuilder(name);
      for (int address : addresses) {
        text.append(' ').append(Ipv4Address.format(address));
      }
      results.add(text.toString());
    }

    @Override
    public void failed(String name, Dns.Failure failure) {
      results.add(name + " " + failure);
    }
  };

  private DnsResolver resolver(String servers, boolean withTcp) {
    return new DnsResolver(udp, loop, loop, seeded::nextLong, servers, 2000, 4, Optional.empty(),
        withTcp ? Optional.of(tcp) : Optional.empty());
  }

  private static DnsMessage answer(DnsMessage query, boolean truncated,
      DnsMessage.Answer... answers) {
    return new DnsMessage(query.id(), true, 0, false, truncated, true, true, 0,
        query.questions(), List.of(answers));
  }

  private static byte[] framed(DnsMessage message) {
    byte[] buffer = new byte[2 + 4096];
    int length = message.emit(buffer, 2);
    buffer[0] = (byte) (length >>> 8);
    buffer[1] = (byte) length;
    return Arrays.copyOf(buffer, 2 + length);
  }

  @Test
  void rfc7766Section6_2_aTruncatedAnswerIsAskedAgainOverTcpToTheSameServer() throws Exception {
    DnsResolver resolver = resolver("10.0.0.1", true);
    resolver.resolve("big.kiln.test", callback);
    DnsMessage query = udp.last().query();
    udp.reply(SERVER, answer(query, true));

    assertThat(results).isEmpty();
    assertThat(tcp.connections).hasSize(1);
    FakeTcp.Connection connection = tcp.last();
    assertThat(connection.destination).isEqualTo(SERVER);
    assertThat(connection.port).isEqualTo(53);
    connection.connected();

    // RFC 1035 4.2.2: the message with a two-byte length in front, the same question.
    byte[] sent = connection.written.toByteArray();
    int length = (sent[0] & 0xFF) << 8 | (sent[1] & 0xFF);
    assertThat(sent.length).isEqualTo(2 + length);
    DnsMessage overTcp = DnsMessage.parse(sent, 2, length);
    assertThat(overTcp.questions()).isEqualTo(query.questions());
    assertThat(overTcp.recursionDesired()).isTrue();

    DnsMessage.Answer[] many = new DnsMessage.Answer[40];
    for (int i = 0; i < many.length; i++) {
      many[i] = DnsMessage.Answer.a("big.kiln.test", 60, KILN + i);
    }
    connection.deliver(framed(answer(overTcp, false, many)));

    assertThat(results).hasSize(1);
    assertThat(results.get(0)).startsWith("big.kiln.test 10.0.0.77 10.0.0.78");
    assertThat(connection.ended).isEqualTo("closed by client");
    assertThat(resolver.tcpFallbacks()).isEqualTo(1);
    assertThat(udp.bound).isEmpty();
  }

  @Test
  void rfc1035Section4_2_2_theResponseMayArriveInPiecesEvenSplittingTheLength() {
    resolver("10.0.0.1", true).resolve("kiln.test", callback);
    udp.reply(SERVER, answer(udp.last().query(), true));
    FakeTcp.Connection connection = tcp.last();
    connection.writeLimit = 5; // the send buffer takes the query in parts
    connection.connected();
    connection.writeLimit = Integer.MAX_VALUE;
    connection.handler.onWritable(connection);
    byte[] sent = connection.written.toByteArray();
    DnsMessage query;
    try {
      query = DnsMessage.parse(sent, 2, sent.length - 2);
    } catch (MalformedDnsException e) {
      throw new AssertionError(e);
    }
    byte[] response = framed(answer(query, false, DnsMessage.Answer.a("kiln.test", 60, KILN)));

    connection.deliver(Arrays.copyOfRange(response, 0, 1));
    connection.deliver(Arrays.copyOfRange(response, 1, 9));
    assertThat(results).isEmpty();
    connection.deliver(Arrays.copyOfRange(response, 9, response.length));

    assertThat(results).containsExactly("kiln.test 10.0.0.77");
  }

  @Test
  void rfc7766Section6_2_withoutTcpTheTruncatedAnswerIsUsedAsItIs() {
    DnsResolver resolver = resolver("10.0.0.1", false);
    resolver.resolve("kiln.test", callback);
    udp.reply(SERVER, answer(udp.last().query(), true,
        DnsMessage.Answer.a("kiln.test", 60, KILN)));

    assertThat(results).containsExactly("kiln.test 10.0.0.77");
    assertThat(tcp.connections).isEmpty();
  }

  @Test
  void aTruncatedAnswerForAnotherIdDoesNotOpenAConnection() {
    resolver("10.0.0.1", true).resolve("kiln.test", callback);
    DnsMessage query = udp.last().query();
    DnsMessage other = new DnsMessage((query.id() + 1) & 0xFFFF, true, 0, false, true, true,
        true, 0, query.questions(), List.of());
    udp.reply(SERVER, other);

    assertThat(tcp.connections).isEmpty();
  }

  @Test
  void aResetOrEarlyCloseOverTcpMovesOnToTheNextServer() throws Exception {
    resolver("10.0.0.1,10.0.0.2", true).resolve("kiln.test", callback);
    udp.reply(SERVER, answer(udp.last().query(), true));
    tcp.last().connected();
    tcp.last().reset();

    assertThat(udp.sent).hasSize(2);
    assertThat(udp.last().destination()).isEqualTo(OTHER);
    udp.reply(OTHER, answer(udp.last().query(), true));
    FakeTcp.Connection second = tcp.last();
    assertThat(second.destination).isEqualTo(OTHER);
    second.connected();
    second.deliver(new byte[] {0, 40, 1, 2}); // 40 bytes promised, 2 sent
    second.serverClose();

    assertThat(second.ended).isEqualTo("aborted by client");
    assertThat(udp.sent).hasSize(3);
    assertThat(results).isEmpty();
  }

  @Test
  void aTcpExchangeThatHangsTimesOutAndIsAborted() {
    resolver("10.0.0.1", true).resolve("kiln.test", callback);
    udp.reply(SERVER, answer(udp.last().query(), true));
    FakeTcp.Connection connection = tcp.last();
    connection.connected();

    loop.advance(2 * SECOND);

    assertThat(connection.ended).isEqualTo("aborted by client");
    assertThat(udp.sent).hasSize(2); // asked again over UDP
  }
}

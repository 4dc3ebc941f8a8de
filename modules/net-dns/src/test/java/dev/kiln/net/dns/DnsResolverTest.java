package dev.kiln.net.dns;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Dns;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Ipv4Cidr;
import dev.kiln.net.testing.ManualEventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DnsResolverTest {
  private static final long SECOND = 1_000_000_000L;
  private static final int FIRST = 0x0a000001;
  private static final int SECOND_SERVER = 0x0a000002;
  private static final int KILN = 0x0a00004d;

  private final ManualEventLoop loop = new ManualEventLoop();
  private final FakeUdp udp = new FakeUdp();
  private final java.util.Random seeded = new java.util.Random(3);
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

  private DnsResolver resolver(String servers, Optional<Dhcp> dhcp) {
    return new DnsResolver(udp, loop, loop, seeded::nextLong, servers, 2000, 4, dhcp);
  }

  private DnsResolver resolver(String servers) {
    return resolver(servers, Optional.empty());
  }

  private static DnsMessage answer(DnsMessage query, int rcode, DnsMessage.Answer... answers) {
    return new DnsMessage(query.id(), true, 0, false, false, true, true, rcode,
        query.questions(), List.of(answers));
  }

  @Test
  void sendsARecursiveQueryToPort53AndReportsTheAnswer() {
    resolver("10.0.0.1").resolve("kiln.test", callback);

    FakeUdp.Sent query = udp.last();
    assertThat(query.destination()).isEqualTo(FIRST);
    assertThat(query.destinationPort()).isEqualTo(53);
    assertThat(query.sourcePort()).isAtLeast(49152);
    assertThat(query.query().recursionDesired()).isTrue();
    assertThat(query.query().questions()).containsExactly(
        new DnsMessage.Question("kiln.test", DnsMessage.TYPE_A, DnsMessage.CLASS_IN));

    udp.reply(FIRST, answer(query.query(), 0, DnsMessage.Answer.a("kiln.test", 60, KILN)));

    assertThat(results).containsExactly("kiln.test 10.0.0.77");
    assertThat(udp.bound).isEmpty();
  }

  @Test
  void followsCnamesToTheirAddresses() {
    resolver("10.0.0.1").resolve("www.kiln.test", callback);
    udp.reply(FIRST, answer(udp.last().query(), 0,
        DnsMessage.Answer.cname("WWW.kiln.test", 60, "kiln.test"),
        DnsMessage.Answer.a("other.test", 60, 0x01020304),
        DnsMessage.Answer.a("kiln.test", 60, KILN)));
    assertThat(results).containsExactly("www.kiln.test 10.0.0.77");
  }

  @Test
  void answersComeFromTheCacheUntilTheirTtlRunsOut() {
    DnsResolver resolver = resolver("10.0.0.1");
    resolver.resolve("kiln.test", callback);
    udp.reply(FIRST, answer(udp.last().query(), 0, DnsMessage.Answer.a("kiln.test", 60, KILN)));

    loop.advance(59 * SECOND);
    resolver.resolve("KILN.test.", callback);
    loop.runDue();
    assertThat(udp.sent).hasSize(1);
    assertThat(results).containsExactly("kiln.test 10.0.0.77", "KILN.test. 10.0.0.77");

    loop.advance(SECOND);
    resolver.resolve("kiln.test", callback);
    assertThat(udp.sent).hasSize(2);
  }

  @Test
  void aZeroTtlIsNotCached() {
    DnsResolver resolver = resolver("10.0.0.1");
    resolver.resolve("kiln.test", callback);
    udp.reply(FIRST, answer(udp.last().query(), 0, DnsMessage.Answer.a("kiln.test", 0, KILN)));
    resolver.resolve("kiln.test", callback);
    assertThat(udp.sent).hasSize(2);
  }

  @Test
  void nxdomainIsReportedAtOnce() {
    resolver("10.0.0.1,10.0.0.2").resolve("nowhere.test", callback);
    udp.reply(FIRST, answer(udp.last().query(), DnsMessage.RCODE_NAME_ERROR));
    assertThat(results).containsExactly("nowhere.test NAME_ERROR");
    assertThat(udp.sent).hasSize(1);
  }

  @Test
  void anAnswerWithoutAddressesIsNoAddress() {
    resolver("10.0.0.1").resolve("kiln.test", callback);
    udp.reply(FIRST, answer(udp.last().query(), 0));
    assertThat(results).containsExactly("kiln.test NO_ADDRESS");
  }

  @Test
  void servfailMovesToTheNextServerAndIsReportedWhenAllFail() {
    resolver("10.0.0.1,10.0.0.2").resolve("kiln.test", callback);
    for (int i = 0; i < 4; i++) {
      int server = udp.last().destination();
      assertThat(server).isEqualTo(i % 2 == 0 ? FIRST : SECOND_SERVER);
      udp.reply(server, answer(udp.last().query(), DnsMessage.RCODE_SERVER_FAILURE));
    }
    assertThat(results).containsExactly("kiln.test SERVER_FAILURE");
    assertThat(udp.sent).hasSize(4);
  }

  @Test
  void lostRepliesAreRetriedOnTheNextServerAfterTheTimeout() {
    resolver("10.0.0.1,10.0.0.2").resolve("kiln.test", callback);
    loop.advance(2 * SECOND);
    assertThat(udp.sent).hasSize(2);
    assertThat(udp.last().destination()).isEqualTo(SECOND_SERVER);
    assertThat(udp.last().query().id()).isNotEqualTo(udp.sent.get(0).query().id());

    udp.reply(SECOND_SERVER, answer(udp.last().query(), 0,
        DnsMessage.Answer.a("kiln.test", 60, KILN)));
    loop.advance(10 * SECOND);
    assertThat(results).containsExactly("kiln.test 10.0.0.77");
  }

  @Test
  void noAnswerAtAllTimesOutAfterEveryAttempt() {
    resolver("10.0.0.1").resolve("kiln.test", callback);
    loop.advance(7 * SECOND);
    assertThat(results).isEmpty();
    loop.advance(SECOND);
    assertThat(results).containsExactly("kiln.test TIMEOUT");
    assertThat(udp.sent).hasSize(4);
    assertThat(udp.bound).isEmpty();
  }

  @Test
  void repliesThatDoNotMatchTheQueryAreIgnored() {
    resolver("10.0.0.1").resolve("kiln.test", callback);
    DnsMessage query = udp.last().query();
    DnsMessage good = answer(query, 0, DnsMessage.Answer.a("kiln.test", 60, KILN));
    udp.reply(SECOND_SERVER, good); // from a server not asked
    udp.reply(FIRST, new DnsMessage(query.id() ^ 1, true, 0, false, false, true, true, 0,
        query.questions(), good.answers())); // another id
    udp.reply(FIRST, new DnsMessage(query.id(), true, 0, false, false, true, true, 0,
        List.of(new DnsMessage.Question("evil.test", 1, 1)), good.answers())); // another name
    udp.reply(FIRST, query); // not a response
    assertThat(results).isEmpty();
    udp.reply(FIRST, good);
    assertThat(results).containsExactly("kiln.test 10.0.0.77");
  }

  @Test
  void withoutServersOrWithABadNameTheCallerIsToldSo() {
    DnsResolver resolver = resolver("");
    resolver.resolve("kiln.test", callback);
    resolver.resolve("bad..name", callback);
    loop.runDue();
    assertThat(results).containsExactly("kiln.test NO_SERVERS", "bad..name BAD_NAME");
  }

  @Test
  void serversLearntFromDhcpAreAskedAfterConfiguredOnes() {
    Dhcp dhcp = new Dhcp() {
      @Override
      public Lease lease() {
        return new Lease(Ipv4Cidr.parse("10.0.0.15/24"), FIRST, List.of(SECOND_SERVER, FIRST),
            FIRST, 600);
      }

      @Override
      public void onLease(Listener listener) {}
    };
    assertThat(resolver("10.0.0.1", Optional.of(dhcp)).servers())
        .containsExactly(FIRST, SECOND_SERVER).inOrder();
    resolver("", Optional.of(dhcp)).resolve("kiln.test", callback);
    assertThat(udp.last().destination()).isEqualTo(SECOND_SERVER);
  }

  @Test
  void theCacheKeepsAtMost32NamesDroppingTheSoonestToExpire() {
    DnsCache cache = new DnsCache();
    for (int i = 0; i < 40; i++) {
      cache.put("n" + i + ".test", new int[] {i}, 0, (100 + i) * SECOND);
    }
    assertThat(cache.size()).isEqualTo(DnsCache.CAPACITY);
    assertThat(cache.lookup("n0.test", 0)).isNull();
    assertThat(cache.lookup("n39.test", 0)).asList().containsExactly(39);
  }
}

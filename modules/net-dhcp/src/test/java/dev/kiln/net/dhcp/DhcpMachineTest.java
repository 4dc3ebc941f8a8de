package dev.kiln.net.dhcp;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.Random;
import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Ipv4Cidr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The client state machine against a scripted server, grouped by state (RFC 2131 4.4). */
class DhcpMachineTest {
  static final long SECOND = 1_000_000_000L;
  static final long MAC = 0x0200_0000_00AAL;
  static final int SERVER = 0x0a000001;
  static final int OTHER_SERVER = 0x0a000002;
  static final int OFFERED = 0x0a00000f;
  static final int BROADCAST = 0xFFFF_FFFF;

  /** Every call a new value whose jitter is exactly zero, so deadlines are exact. */
  static final class NoJitter implements Random {
    private long calls;

    @Override
    public long nextLong() {
      return SECOND + ++calls * (2 * SECOND + 1);
    }
  }

  record Sent(DhcpMessage message, int destination) {}

  final List<Sent> sent = new ArrayList<>();
  final List<String> events = new ArrayList<>();
  final DhcpMachine machine = new DhcpMachine(MAC, new NoJitter(), new DhcpMachine.Output() {
    @Override
    public void send(DhcpMessage message, int destination) {
      sent.add(new Sent(message, destination));
    }

    @Override
    public void bound(Dhcp.Lease lease) {
      events.add("bound " + lease.address());
    }

    @Override
    public void lost() {
      events.add("lost");
    }
  });
  long now = 1000 * SECOND;

  Sent last() {
    return sent.get(sent.size() - 1);
  }

  static DhcpMessage reply(DhcpMessage request, int type, int server, long lease, long t1,
      long t2) {
    return new DhcpMessage(DhcpMessage.BOOTREPLY, request.xid(), 0, false, 0,
        type == DhcpMessage.NAK ? 0 : OFFERED, 0, 0, MAC, type, 0xffffff00, SERVER,
        List.of(SERVER), lease, server, 0, List.of(), t1, t2);
  }

  void offer() {
    machine.receive(reply(last().message(), DhcpMessage.OFFER, SERVER, 3600, -1, -1), now);
  }

  void ack(long lease, long t1, long t2) {
    machine.receive(reply(last().message(), DhcpMessage.ACK, SERVER, lease, t1, t2), now);
  }

  void at(long time) {
    now = time;
    machine.poll(now);
  }

  /** Discover, offer, request, ack at {@link #now}: a 3600 s lease, T1 1800 s, T2 3150 s. */
  long bind() {
    machine.start(now);
    offer();
    long requested = now;
    ack(3600, -1, -1);
    return requested;
  }

  @Nested
  class Init {
    @Test
    void startBroadcastsADiscoverFromNoAddress() {
      machine.start(now);

      assertThat(machine.state()).isEqualTo(DhcpState.SELECTING);
      DhcpMessage discover = last().message();
      assertThat(last().destination()).isEqualTo(BROADCAST);
      assertThat(discover.op()).isEqualTo(DhcpMessage.BOOTREQUEST);
      assertThat(discover.messageType()).isEqualTo(DhcpMessage.DISCOVER);
      assertThat(discover.clientAddress()).isEqualTo(0);
      assertThat(discover.broadcast()).isTrue();
      assertThat(discover.clientMac()).isEqualTo(MAC);
      assertThat(discover.parameterRequests()).containsAtLeast(1, 3, 6, 51, 54, 58, 59);
    }
  }

  @Nested
  class Selecting {
    @Test
    void section4_1_retransmitsDiscoverAfter4_8_16_32_then64Seconds() {
      long start = now;
      machine.start(now);
      List<Long> gaps = new ArrayList<>();
      long previous = start;
      for (int i = 0; i < 6; i++) {
        at(machine.pollAt());
        gaps.add((now - previous) / SECOND);
        previous = now;
      }
      assertThat(gaps).containsExactly(4L, 8L, 16L, 32L, 64L, 64L).inOrder();
      assertThat(sent).hasSize(7);
      // One transaction: the same xid, and secs counts from its start.
      assertThat(last().message().xid()).isEqualTo(sent.get(0).message().xid());
      assertThat(last().message().secs()).isEqualTo(188);
    }

    @Test
    void anOfferIsRequestedByBroadcastNamingTheServer() {
      machine.start(now);
      offer();

      assertThat(machine.state()).isEqualTo(DhcpState.REQUESTING);
      DhcpMessage request = last().message();
      assertThat(last().destination()).isEqualTo(BROADCAST);
      assertThat(request.messageType()).isEqualTo(DhcpMessage.REQUEST);
      assertThat(request.requestedAddress()).isEqualTo(OFFERED);
      assertThat(request.serverId()).isEqualTo(SERVER);
      assertThat(request.clientAddress()).isEqualTo(0);
      assertThat(request.xid()).isEqualTo(sent.get(0).message().xid());
    }

    @Test
    void repliesToAnotherTransactionOrClientAreIgnored() {
      machine.start(now);
      DhcpMessage offer = reply(last().message(), DhcpMessage.OFFER, SERVER, 3600, -1, -1);
      machine.receive(new DhcpMessage(offer.op(), offer.xid() + 1, 0, false, 0, OFFERED, 0, 0,
          MAC, DhcpMessage.OFFER, 0, 0, List.of(), 3600, SERVER, 0, List.of(), -1, -1), now);
      machine.receive(new DhcpMessage(offer.op(), offer.xid(), 0, false, 0, OFFERED, 0, 0,
          MAC + 1, DhcpMessage.OFFER, 0, 0, List.of(), 3600, SERVER, 0, List.of(), -1, -1), now);
      machine.receive(reply(last().message(), DhcpMessage.ACK, SERVER, 3600, -1, -1), now);

      assertThat(machine.state()).isEqualTo(DhcpState.SELECTING);
      assertThat(sent).hasSize(1);
    }
  }

  @Nested
  class Requesting {
    @Test
    void anAckBindsTheLease() {
      machine.start(now);
      offer();
      ack(3600, -1, -1);

      assertThat(machine.state()).isEqualTo(DhcpState.BOUND);
      assertThat(events).containsExactly("bound 10.0.0.15/24");
      Dhcp.Lease lease = machine.lease();
      assertThat(lease.address()).isEqualTo(Ipv4Cidr.parse("10.0.0.15/24"));
      assertThat(lease.gateway()).isEqualTo(SERVER);
      assertThat(lease.dnsServers()).containsExactly(SERVER);
      assertThat(lease.server()).isEqualTo(SERVER);
      assertThat(lease.leaseSeconds()).isEqualTo(3600);
    }

    @Test
    void section4_4_1_aNakSendsTheClientBackToDiscovery() {
      machine.start(now);
      offer();
      machine.receive(reply(last().message(), DhcpMessage.NAK, SERVER, -1, -1, -1), now);

      assertThat(machine.state()).isEqualTo(DhcpState.SELECTING);
      assertThat(last().message().messageType()).isEqualTo(DhcpMessage.DISCOVER);
      assertThat(last().message().xid()).isNotEqualTo(sent.get(0).message().xid());
      assertThat(events).isEmpty();
    }

    @Test
    void aNakFromAnotherServerIsIgnored() {
      machine.start(now);
      offer();
      machine.receive(reply(last().message(), DhcpMessage.NAK, OTHER_SERVER, -1, -1, -1), now);
      assertThat(machine.state()).isEqualTo(DhcpState.REQUESTING);
    }

    @Test
    void lostAcksAreRetriedThenDiscoveryStartsAgain() {
      machine.start(now);
      offer();
      long offered = now;
      for (int i = 1; i < DhcpMachine.MAX_REQUESTS; i++) {
        at(machine.pollAt());
        assertThat(last().message().messageType()).isEqualTo(DhcpMessage.REQUEST);
      }
      assertThat((now - offered) / SECOND).isEqualTo(4 + 8 + 16);
      at(machine.pollAt());

      assertThat(machine.state()).isEqualTo(DhcpState.SELECTING);
      assertThat(last().message().messageType()).isEqualTo(DhcpMessage.DISCOVER);
      long requests = sent.stream()
          .filter(s -> s.message().messageType() == DhcpMessage.REQUEST).count();
      assertThat(requests).isEqualTo(DhcpMachine.MAX_REQUESTS);
    }

    @Test
    void aLostOfferIsRecoveredByTheRetransmittedDiscover() {
      machine.start(now);
      at(machine.pollAt()); // the first offer never came
      offer();
      ack(600, -1, -1);
      assertThat(machine.state()).isEqualTo(DhcpState.BOUND);
    }
  }

  @Nested
  class Bound {
    @Test
    void nothingIsSentUntilT1AtHalfTheLease() {
      long requested = bind();
      int before = sent.size();
      assertThat(machine.pollAt()).isEqualTo(requested + 1800 * SECOND);
      machine.poll(requested + 1799 * SECOND);
      assertThat(sent).hasSize(before);
      assertThat(machine.state()).isEqualTo(DhcpState.BOUND);
    }

    @Test
    void theServersT1AndT2AreUsed() {
      machine.start(now);
      offer();
      long requested = now;
      ack(1000, 100, 200);
      assertThat(machine.pollAt()).isEqualTo(requested + 100 * SECOND);
      at(machine.pollAt());
      assertThat(machine.state()).isEqualTo(DhcpState.RENEWING);
      assertThat(machine.pollAt()).isEqualTo(requested + 160 * SECOND);
    }

    @Test
    void anInfiniteLeaseNeverRenews() {
      machine.start(now);
      offer();
      ack(DhcpMessage.INFINITE, -1, -1);
      assertThat(machine.pollAt()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void repliesInBoundAreIgnored() {
      bind();
      ack(60, -1, -1);
      assertThat(events).hasSize(1);
    }
  }

  @Nested
  class Renewing {
    @Test
    void section4_4_5_atT1TheClientUnicastsARequestFromItsAddress() {
      long requested = bind();
      at(requested + 1800 * SECOND);

      assertThat(machine.state()).isEqualTo(DhcpState.RENEWING);
      DhcpMessage request = last().message();
      assertThat(last().destination()).isEqualTo(SERVER);
      assertThat(request.messageType()).isEqualTo(DhcpMessage.REQUEST);
      assertThat(request.clientAddress()).isEqualTo(OFFERED);
      assertThat(request.requestedAddress()).isEqualTo(0);
      assertThat(request.serverId()).isEqualTo(0);
      assertThat(request.broadcast()).isFalse();
      assertThat(request.secs()).isEqualTo(0);
      at(machine.pollAt());
      assertThat(last().message().secs()).isEqualTo(675);
    }

    @Test
    void anAckRenewsTheLeaseCountingFromTheRequest() {
      long requested = bind();
      at(requested + 1800 * SECOND);
      long renewed = now;
      ack(3600, -1, -1);

      assertThat(machine.state()).isEqualTo(DhcpState.BOUND);
      assertThat(events).containsExactly("bound 10.0.0.15/24", "bound 10.0.0.15/24");
      assertThat(machine.pollAt()).isEqualTo(renewed + 1800 * SECOND);
    }

    @Test
    void section4_4_5_lostRepliesAreRetriedAfterHalfTheTimeToT2() {
      long requested = bind();
      at(requested + 1800 * SECOND);
      List<Long> retries = new ArrayList<>();
      while (machine.state() == DhcpState.RENEWING) {
        at(machine.pollAt());
        retries.add((now - requested) / SECOND);
      }
      // T2 is 3150 s: half the remaining time each time, at least 60 s, then rebinding at T2.
      assertThat(retries).containsExactly(2475L, 2812L, 2981L, 3065L, 3125L, 3150L).inOrder();
      assertThat(sent.stream().filter(s -> s.destination() == SERVER).count()).isEqualTo(6);
    }

    @Test
    void aNakEndsTheLease() {
      long requested = bind();
      at(requested + 1800 * SECOND);
      machine.receive(reply(last().message(), DhcpMessage.NAK, SERVER, -1, -1, -1), now);

      assertThat(events).containsExactly("bound 10.0.0.15/24", "lost").inOrder();
      assertThat(machine.lease()).isNull();
      assertThat(machine.state()).isEqualTo(DhcpState.SELECTING);
      assertThat(last().message().messageType()).isEqualTo(DhcpMessage.DISCOVER);
    }
  }

  @Nested
  class Rebinding {
    @Test
    void section4_4_5_atT2TheClientBroadcastsItsRequest() {
      long requested = bind();
      at(requested + 1800 * SECOND);
      int renewXid = last().message().xid();
      at(requested + 3150 * SECOND);

      assertThat(machine.state()).isEqualTo(DhcpState.REBINDING);
      assertThat(last().destination()).isEqualTo(BROADCAST);
      assertThat(last().message().clientAddress()).isEqualTo(OFFERED);
      assertThat(last().message().xid()).isNotEqualTo(renewXid);
    }

    @Test
    void aPollLateForT1ButPastT2GoesStraightToRebinding() {
      long requested = bind();
      at(requested + 3200 * SECOND);
      assertThat(machine.state()).isEqualTo(DhcpState.REBINDING);
      assertThat(last().destination()).isEqualTo(BROADCAST);
    }

    @Test
    void anAckFromAnyServerRebinds() {
      long requested = bind();
      at(requested + 3150 * SECOND);
      machine.receive(reply(last().message(), DhcpMessage.ACK, OTHER_SERVER, 3600, -1, -1),
          now);

      assertThat(machine.state()).isEqualTo(DhcpState.BOUND);
      assertThat(machine.lease().server()).isEqualTo(OTHER_SERVER);
      at(machine.pollAt());
      assertThat(last().destination()).isEqualTo(OTHER_SERVER);
    }

    @Test
    void section4_4_5_withNoAnswerTheLeaseExpiresAndDiscoveryStarts() {
      long requested = bind();
      at(requested + 3150 * SECOND);
      while (machine.state() == DhcpState.REBINDING) {
        at(machine.pollAt());
      }

      assertThat(now).isEqualTo(requested + 3600 * SECOND);
      assertThat(events).containsExactly("bound 10.0.0.15/24", "lost").inOrder();
      assertThat(machine.state()).isEqualTo(DhcpState.SELECTING);
      assertThat(last().message().messageType()).isEqualTo(DhcpMessage.DISCOVER);
      assertThat(last().message().clientAddress()).isEqualTo(0);
    }

    @Test
    void aNakEndsTheLease() {
      long requested = bind();
      at(requested + 3150 * SECOND);
      machine.receive(reply(last().message(), DhcpMessage.NAK, OTHER_SERVER, -1, -1, -1), now);
      assertThat(events).containsExactly("bound 10.0.0.15/24", "lost").inOrder();
    }
  }

  @Test
  void prefixLengthFromTheMaskOrTheAddressClass() {
    assertThat(DhcpMachine.prefixLength(0xffffff00, OFFERED)).isEqualTo(24);
    assertThat(DhcpMachine.prefixLength(0xfffffff0, OFFERED)).isEqualTo(28);
    assertThat(DhcpMachine.prefixLength(0, OFFERED)).isEqualTo(8);
    assertThat(DhcpMachine.prefixLength(0xff00ff00, 0xc0a80001)).isEqualTo(24);
  }
}

package dev.kiln.net.dhcp;

import static com.google.common.truth.Truth.assertThat;
import static dev.kiln.net.dhcp.DhcpMachineTest.BROADCAST;
import static dev.kiln.net.dhcp.DhcpMachineTest.MAC;
import static dev.kiln.net.dhcp.DhcpMachineTest.OFFERED;
import static dev.kiln.net.dhcp.DhcpMachineTest.SECOND;
import static dev.kiln.net.dhcp.DhcpMachineTest.SERVER;
import static dev.kiln.net.dhcp.DhcpMachineTest.reply;

import dev.kiln.api.net.Dhcp;
import dev.kiln.net.dhcp.DhcpMachineTest.NoJitter;
import dev.kiln.net.dhcp.DhcpMachineTest.Sent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * INIT-REBOOT and the address check with DECLINE, against a scripted server: RFC 2131 3.2, 4.3.2
 * and 4.4.1, with RFC 5227 2.1.1's probe timing.
 */
class DhcpRebootAndDeclineTest {
  private static final int REMEMBERED = 0x0a000021;

  private final List<Sent> sent = new ArrayList<>();
  private final List<String> events = new ArrayList<>();
  private final List<Long> probes = new ArrayList<>();
  private long now = 1000 * SECOND;

  private DhcpMachine machine(int rebootAddress, boolean probing) {
    return new DhcpMachine(MAC, new NoJitter(), new DhcpMachine.Output() {
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

      @Override
      public void probe(int address) {
        events.add("probe " + dev.kiln.api.net.Ipv4Address.format(address));
        probes.add(now);
      }
    }, rebootAddress, probing);
  }

  private DhcpMessage last() {
    return sent.get(sent.size() - 1).message();
  }

  private void at(DhcpMachine machine, long time) {
    now = time;
    machine.poll(now);
  }

  @Nested
  class InitReboot {
    @Test
    void rfc2131Section3_2_rebootBroadcastsARequestForTheKnownAddressWithoutServerId() {
      DhcpMachine machine = machine(REMEMBERED, false);
      machine.start(now);

      assertThat(machine.state()).isEqualTo(DhcpState.REBOOTING);
      DhcpMessage request = last();
      assertThat(sent.get(sent.size() - 1).destination()).isEqualTo(BROADCAST);
      assertThat(request.messageType()).isEqualTo(DhcpMessage.REQUEST);
      // RFC 2131 4.3.2 and table 5: requested address filled, no server id, ciaddr zero.
      assertThat(request.requestedAddress()).isEqualTo(REMEMBERED);
      assertThat(request.serverId()).isEqualTo(0);
      assertThat(request.clientAddress()).isEqualTo(0);
      assertThat(sent).hasSize(1); // no DISCOVER
    }

    @Test
    void rfc2131Section3_2_anAckBindsTheAddress() {
      DhcpMachine machine = machine(REMEMBERED, false);
      machine.start(now);
      machine.receive(ack(last(), REMEMBERED), now);

      assertThat(machine.state()).isEqualTo(DhcpState.BOUND);
      assertThat(events).containsExactly("bound 10.0.0.33/24");
      assertThat(machine.lease().server()).isEqualTo(SERVER);
    }

    @Test
    void rfc2131Section4_3_2_aNakFromAnyServerFallsBackToDiscover() {
      DhcpMachine machine = machine(REMEMBERED, false);
      machine.start(now);
      machine.receive(reply(last(), DhcpMessage.NAK, 0x0a0000fe, -1, -1, -1), now);

      assertThat(machine.state()).isEqualTo(DhcpState.SELECTING);
      assertThat(last().messageType()).isEqualTo(DhcpMessage.DISCOVER);
      assertThat(events).isEmpty();
    }

    @Test
    void rfc2131Section3_2_withoutAnAnswerItRetriesThenDiscovers() {
      DhcpMachine machine = machine(REMEMBERED, false);
      machine.start(now);
      for (int i = 1; i < DhcpMachine.MAX_REQUESTS; i++) {
        at(machine, machine.pollAt());
        assertThat(last().messageType()).isEqualTo(DhcpMessage.REQUEST);
        assertThat(last().requestedAddress()).isEqualTo(REMEMBERED);
      }
      at(machine, machine.pollAt());

      assertThat(machine.state()).isEqualTo(DhcpState.SELECTING);
      assertThat(last().messageType()).isEqualTo(DhcpMessage.DISCOVER);
      assertThat(sent).hasSize(DhcpMachine.MAX_REQUESTS + 1);
    }

    @Test
    void rfc2131Section3_2_anAckForAnotherTransactionIsIgnored() {
      DhcpMachine machine = machine(REMEMBERED, false);
      machine.start(now);
      DhcpMessage request = last();
      DhcpMessage other = new DhcpMessage(request.op(), request.xid() + 1, 0, true, 0, 0, 0, 0,
          MAC, DhcpMessage.REQUEST, 0, 0, List.of(), -1, 0, REMEMBERED, List.of(), -1, -1);
      machine.receive(ack(other, REMEMBERED), now);

      assertThat(machine.state()).isEqualTo(DhcpState.REBOOTING);
    }
  }

  @Nested
  class AddressCheck {
    @Test
    void rfc5227Section2_1_1_threeProbesThenAnnounceWaitThenBound() {
      DhcpMachine machine = machine(0, true);
      long acked = select(machine);

      assertThat(machine.state()).isEqualTo(DhcpState.CHECKING);
      assertThat(events).isEmpty();
      while (machine.state() == DhcpState.CHECKING) {
        at(machine, machine.pollAt());
      }

      assertThat(events).containsExactly("probe 10.0.0.15", "probe 10.0.0.15",
          "probe 10.0.0.15", "bound 10.0.0.15/24").inOrder();
      // PROBE_WAIT: the first within a second; PROBE_MIN..PROBE_MAX apart; ANNOUNCE_WAIT 2 s.
      assertThat(probes.get(0) - acked).isAtMost(SECOND);
      for (int i = 1; i < probes.size(); i++) {
        assertThat(probes.get(i) - probes.get(i - 1)).isIn(
            com.google.common.collect.Range.closed(SECOND, 2 * SECOND));
      }
      assertThat(now - probes.get(2)).isEqualTo(2 * SECOND);
      assertThat(machine.state()).isEqualTo(DhcpState.BOUND);
    }

    @Test
    void rfc2131Section4_4_1_aConflictDeclinesTheAddressAndDiscoversTenSecondsLater() {
      DhcpMachine machine = machine(0, true);
      select(machine);
      at(machine, machine.pollAt()); // first probe
      int before = sent.size();
      machine.conflict(OFFERED, now);

      assertThat(sent).hasSize(before + 1);
      DhcpMessage decline = last();
      assertThat(sent.get(sent.size() - 1).destination()).isEqualTo(BROADCAST);
      assertThat(decline.messageType()).isEqualTo(DhcpMessage.DECLINE);
      // Table 5: requested address and server id MUST, ciaddr 0, no parameter list.
      assertThat(decline.requestedAddress()).isEqualTo(OFFERED);
      assertThat(decline.serverId()).isEqualTo(SERVER);
      assertThat(decline.clientAddress()).isEqualTo(0);
      assertThat(decline.parameterRequests()).isEmpty();
      assertThat(machine.state()).isEqualTo(DhcpState.INIT);
      assertThat(machine.lease()).isNull();
      assertThat(events).doesNotContain("bound 10.0.0.15/24");

      // Section 3.1 step 5: at least ten seconds before the configuration starts again.
      long declined = now;
      assertThat(machine.pollAt()).isEqualTo(declined + 10 * SECOND);
      at(machine, declined + 9 * SECOND);
      assertThat(sent).hasSize(before + 1);
      at(machine, machine.pollAt());
      assertThat(machine.state()).isEqualTo(DhcpState.SELECTING);
      assertThat(last().messageType()).isEqualTo(DhcpMessage.DISCOVER);
      assertThat(last().xid()).isNotEqualTo(decline.xid());
    }

    @Test
    void rfc5227Section2_1_1_conflictsForOtherAddressesOrAfterBindingChangeNothing() {
      DhcpMachine machine = machine(0, true);
      select(machine);
      machine.conflict(0x0a000063, now);
      assertThat(machine.state()).isEqualTo(DhcpState.CHECKING);
      while (machine.state() == DhcpState.CHECKING) {
        at(machine, machine.pollAt());
      }
      int before = sent.size();
      machine.conflict(OFFERED, now);

      assertThat(machine.state()).isEqualTo(DhcpState.BOUND);
      assertThat(sent).hasSize(before);
    }

    @Test
    void rfc2131Section3_2_aRebootAckIsCheckedToo() {
      DhcpMachine machine = machine(REMEMBERED, true);
      machine.start(now);
      machine.receive(ack(last(), REMEMBERED), now);

      assertThat(machine.state()).isEqualTo(DhcpState.CHECKING);
      machine.conflict(REMEMBERED, now);
      assertThat(last().messageType()).isEqualTo(DhcpMessage.DECLINE);
      assertThat(last().requestedAddress()).isEqualTo(REMEMBERED);
    }

    /** DISCOVER, OFFER, REQUEST, ACK; returns when the ACK came. */
    private long select(DhcpMachine machine) {
      machine.start(now);
      machine.receive(reply(last(), DhcpMessage.OFFER, SERVER, 3600, -1, -1), now);
      machine.receive(reply(last(), DhcpMessage.ACK, SERVER, 3600, -1, -1), now);
      return now;
    }
  }

  private static DhcpMessage ack(DhcpMessage request, int address) {
    return new DhcpMessage(DhcpMessage.BOOTREPLY, request.xid(), 0, false, 0, address, 0, 0,
        MAC, DhcpMessage.ACK, 0xffffff00, SERVER, List.of(SERVER), 3600, SERVER, 0, List.of(),
        -1, -1);
  }
}

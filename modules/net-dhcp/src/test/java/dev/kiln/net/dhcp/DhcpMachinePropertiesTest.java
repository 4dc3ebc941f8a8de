package dev.kiln.net.dhcp;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.Dhcp;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever servers send and whenever the timers fire, the machine keeps its invariants: a lease
 * exactly in BOUND, RENEWING and REBINDING, a deadline in the future, and every lease it bound
 * either still held or reported lost.
 */
class DhcpMachinePropertiesTest {
  private static final long SECOND = 1_000_000_000L;

  /** One step: a reply of some type (0 for a timer instead), with a lease time, after a delay. */
  record Step(int type, boolean matchingXid, long leaseSeconds, long t1, long delaySeconds) {}

  @Property(tries = 300)
  void anySequenceOfRepliesAndTimersKeepsTheInvariants(
      @ForAll("steps") List<Step> steps, @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    DhcpMessage[] lastSent = new DhcpMessage[1];
    int[] held = new int[1];
    DhcpMachine machine = new DhcpMachine(DhcpMachineTest.MAC, random::nextLong,
        new DhcpMachine.Output() {
          @Override
          public void send(DhcpMessage message, int destination) {
            lastSent[0] = message;
          }

          @Override
          public void bound(Dhcp.Lease lease) {
            held[0] = 1;
          }

          @Override
          public void lost() {
            assertThat(held[0]).isEqualTo(1);
            held[0] = 0;
          }
        });
    long now = 5 * SECOND;
    machine.start(now);
    for (Step step : steps) {
      now += step.delaySeconds() * SECOND;
      if (step.type() == 0) {
        machine.poll(now);
      } else {
        int xid = step.matchingXid() ? lastSent[0].xid() : lastSent[0].xid() + 1;
        machine.receive(new DhcpMessage(DhcpMessage.BOOTREPLY, xid, 0, false, 0,
            step.type() == DhcpMessage.NAK ? 0 : DhcpMachineTest.OFFERED, 0, 0,
            DhcpMachineTest.MAC, step.type(), 0xffffff00, DhcpMachineTest.SERVER,
            List.of(), step.leaseSeconds(), DhcpMachineTest.SERVER, 0, List.of(), step.t1(),
            -1), now);
      }
      boolean leased = machine.state() == DhcpState.BOUND
          || machine.state() == DhcpState.RENEWING || machine.state() == DhcpState.REBINDING;
      assertThat(machine.lease() != null).isEqualTo(leased);
      assertThat(held[0] == 1).isEqualTo(leased);
      assertThat(machine.state()).isNotEqualTo(DhcpState.INIT);
      if (machine.pollAt() <= now) {
        // Overdue only if the caller was late; polling now must move the deadline on.
        machine.poll(now);
      }
      assertThat(machine.pollAt()).isGreaterThan(now);
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(
        Arbitraries.of(0, 0, DhcpMessage.OFFER, DhcpMessage.ACK, DhcpMessage.NAK, 1, 3, 7),
        Arbitraries.of(true, true, false), Arbitraries.longs().between(-1, 0xFFFF_FFFFL),
        Arbitraries.longs().between(-1, 4000), Arbitraries.longs().between(0, 5000))
        .as(Step::new);
    return step.list().ofMaxSize(40);
  }
}

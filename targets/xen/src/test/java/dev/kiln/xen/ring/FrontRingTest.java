package dev.kiln.xen.ring;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.xen.sim.BackRing;
import dev.kiln.xen.sim.SimulatedMemory;
import org.junit.jupiter.api.Test;

class FrontRingTest {
  @Test
  void slotCountsMatchXensRings() {
    assertThat(SharedRing.slots(12)).isEqualTo(256); // netif tx
    assertThat(SharedRing.slots(8)).isEqualTo(256);  // netif rx
    assertThat(SharedRing.slots(112)).isEqualTo(32); // blkif
    assertThrows(IllegalArgumentException.class, () -> SharedRing.slots(5000));
  }

  @Test
  void newRingHasZeroIndicesAndEventsAtOne() {
    SimulatedMemory page = new SimulatedMemory(1, 1);
    new FrontRing(page, 8);
    assertThat(page.getInt(0)).isEqualTo(0);
    assertThat(page.getInt(4)).isEqualTo(1);
    assertThat(page.getInt(8)).isEqualTo(0);
    assertThat(page.getInt(12)).isEqualTo(1);
  }

  @Test
  void pushNotifiesOnlyWhenTheBackendAskedForThatIndex() {
    SimulatedMemory page = new SimulatedMemory(1, 1);
    FrontRing ring = new FrontRing(page, 8);
    ring.nextRequest();
    assertThat(ring.push()).isTrue(); // req_event 1 lies in (0, 1]
    ring.nextRequest();
    assertThat(ring.push()).isFalse(); // backend still busy: event 1 already passed
    page.putInt(4, 5); // the backend wants to hear of request 5
    ring.nextRequest();
    ring.nextRequest();
    assertThat(ring.push()).isFalse(); // (2, 4] does not hold 5
    ring.nextRequest();
    assertThat(ring.push()).isTrue(); // (4, 5] does
  }

  @Test
  void requestsAndResponsesRoundTripThroughABackend() {
    SimulatedMemory page = new SimulatedMemory(1, 1);
    FrontRing front = new FrontRing(page, 8);
    BackRing back = new BackRing(page, 8);
    for (int i = 0; i < 1000; i++) {
      page.putInt(front.nextRequest(), i);
      front.push();
      assertThat(back.hasRequest()).isTrue();
      int value = page.getInt(back.takeRequest());
      page.putInt(back.nextResponse(), value * 2);
      back.pushResponses();
      assertThat(page.getInt(front.takeResponse())).isEqualTo(i * 2);
      assertThat(front.hasResponse()).isFalse();
    }
  }

  @Test
  void indicesWrapAt2To32() {
    SimulatedMemory page = new SimulatedMemory(1, 1);
    FrontRing front = new FrontRing(page, 12, -3);
    BackRing back = new BackRing(page, 12);
    for (int i = 0; i < 10; i++) {
      front.nextRequest();
    }
    front.push();
    assertThat(page.getInt(0)).isEqualTo(7);
    int served = 0;
    while (back.hasRequest()) {
      back.takeRequest();
      back.nextResponse();
      served++;
    }
    back.pushResponses();
    assertThat(served).isEqualTo(10);
    int taken = 0;
    while (front.hasResponse()) {
      front.takeResponse();
      taken++;
    }
    assertThat(taken).isEqualTo(10);
    assertThat(front.freeSlots()).isEqualTo(256);
  }

  @Test
  void fullRingRefusesAnotherRequest() {
    FrontRing ring = new FrontRing(new SimulatedMemory(1, 1), 112);
    for (int i = 0; i < 32; i++) {
      ring.nextRequest();
    }
    assertThat(ring.freeSlots()).isEqualTo(0);
    assertThrows(IllegalStateException.class, ring::nextRequest);
    assertThrows(IllegalStateException.class, ring::takeResponse);
  }

  @Test
  void armAndCheckAsksForTheNextResponse() {
    SimulatedMemory page = new SimulatedMemory(1, 1);
    FrontRing ring = new FrontRing(page, 8);
    assertThat(ring.armAndCheck()).isFalse();
    assertThat(page.getInt(12)).isEqualTo(1);
    page.putInt(8, 1); // a response arrived meanwhile
    assertThat(ring.armAndCheck()).isTrue();
  }
}

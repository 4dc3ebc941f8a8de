package dev.kiln.xen.grant;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.xen.sim.SimulatedMemory;
import dev.kiln.xen.sim.SimulatedXen;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrantTableTest {
  private final SimulatedXen xen = new SimulatedXen(1);
  private final GrantTable grants = new GrantTable(xen.grantTable());
  private final SimulatedMemory table = (SimulatedMemory) xen.grantTable();

  @Test
  void entryHoldsDomainFrameAndFlagsAsV1Lays() {
    int ref = grants.grant(0, 0x12345, false);
    assertThat(ref).isAtLeast(GrantTable.FIRST_FREE);
    assertThat(table.getShort(ref * 8)).isEqualTo(GrantTable.PERMIT_ACCESS);
    assertThat(table.getShort(ref * 8 + 2)).isEqualTo(0);
    assertThat(table.getInt(ref * 8 + 4)).isEqualTo(0x12345);
  }

  @Test
  void readOnlyGrantSetsTheFlag() {
    int ref = grants.grant(3, 77, true);
    assertThat(table.getShort(ref * 8)).isEqualTo(GrantTable.PERMIT_ACCESS | GrantTable.READ_ONLY);
    assertThat(table.getShort(ref * 8 + 2)).isEqualTo(3);
  }

  @Test
  void flagsAreWrittenAfterAFence() {
    int before = table.fences();
    grants.grant(0, 5, false);
    assertThat(table.fences()).isGreaterThan(before);
  }

  @Test
  void theToolstacksEntriesAreNeverHandedOut() {
    Set<Integer> refs = new HashSet<>();
    while (grants.available() > 0) {
      refs.add(grants.grant(0, 1, false));
    }
    assertThat(refs).hasSize(4096 / 8 - GrantTable.FIRST_FREE);
    assertThat(refs.stream().mapToInt(Integer::intValue).min().getAsInt())
        .isEqualTo(GrantTable.FIRST_FREE);
    IllegalStateException full = assertThrows(IllegalStateException.class,
        () -> grants.grant(0, 1, false));
    assertThat(full).hasMessageThat().contains("grant table full");
  }

  @Test
  void revokeClearsTheEntryAndFreesTheReference() {
    int ref = grants.grant(0, 9, false);
    int available = grants.available();
    assertThat(grants.revoke(ref)).isTrue();
    assertThat(table.getShort(ref * 8)).isEqualTo(0);
    assertThat(grants.available()).isEqualTo(available + 1);
    assertThat(grants.grant(0, 10, false)).isEqualTo(ref);
  }

  @Test
  void revokeRefusesWhileTheBackendHasThePageMapped() {
    int ref = grants.grant(0, xen.newPage().frame(0), false);
    xen.map(0, ref, true);
    assertThat(grants.revoke(ref)).isFalse();
    assertThat(table.getShort(ref * 8) & GrantTable.PERMIT_ACCESS).isEqualTo(1);
    xen.unmap(ref);
    assertThat(grants.revoke(ref)).isTrue();
  }

  @Test
  void revokedGrantCannotBeMappedAnyMore() {
    int ref = grants.grant(0, xen.newPage().frame(0), false);
    grants.revoke(ref);
    assertThrows(SimulatedXen.GrantError.class, () -> xen.map(0, ref, false));
  }

  @Test
  void backendOfAnotherDomainOrWritingReadOnlyIsRefused() {
    int ref = grants.grant(0, xen.newPage().frame(0), true);
    assertThrows(SimulatedXen.GrantError.class, () -> xen.map(1, ref, false));
    assertThrows(SimulatedXen.GrantError.class, () -> xen.map(0, ref, true));
    assertThat(xen.map(0, ref, false)).isNotNull();
  }

  @Test
  void badArgumentsAreRefusedWithReasons() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> grants.grant(70000, 1, false)))
        .hasMessageThat().contains("not 16 bits");
    assertThat(assertThrows(IllegalArgumentException.class, () -> grants.grant(0, 1L << 33,
        false))).hasMessageThat().contains("does not fit");
    assertThat(assertThrows(IllegalArgumentException.class, () -> grants.revoke(3)))
        .hasMessageThat().contains("not granted");
    assertThrows(IllegalArgumentException.class,
        () -> new GrantTable(new SimulatedMemory(1, 0)));
  }
}

package dev.kiln.net.testing;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedNetworkTest {
  @Test
  void aPerfectLinkDeliversEveryFrameInOrderAfterTheLatency() {
    ManualEventLoop loop = new ManualEventLoop();
    SimulatedNetwork network = new SimulatedNetwork(loop, 1, LinkFaults.NONE);
    SimulatedNetDevice a = network.attach("a", 1, 1500);
    SimulatedNetDevice b = network.attach("b", 2, 1500);
    List<Integer> got = drain(b);

    for (int i = 0; i < 5; i++) {
      a.send(new byte[] {(byte) i}, 0, 1);
    }
    loop.advance(50_000);
    assertThat(got).isEmpty();
    loop.advance(50_000);

    assertThat(got).containsExactly(0, 1, 2, 3, 4).inOrder();
  }

  @Test
  void theSameSeedGivesTheSameRun() {
    assertThat(faultyRun(42)).isEqualTo(faultyRun(42));
    assertThat(faultyRun(42)).isNotEqualTo(faultyRun(43));
  }

  @Test
  void faultsDropDuplicateReorderAndCorrupt() {
    List<Integer> got = faultyRun(5);
    assertThat(got.size()).isLessThan(400);
    assertThat(got.size()).isGreaterThan(100);
    boolean reordered = false;
    boolean corrupted = false;
    for (int i = 1; i < got.size(); i++) {
      reordered |= got.get(i) < got.get(i - 1);
    }
    for (int value : got) {
      corrupted |= value >= 200;
    }
    assertThat(reordered).isTrue();
    assertThat(corrupted).isTrue();
    assertThat(got.stream().distinct().count()).isLessThan(got.size());
  }

  private static List<Integer> faultyRun(long seed) {
    ManualEventLoop loop = new ManualEventLoop();
    SimulatedNetwork network = new SimulatedNetwork(loop, seed,
        new LinkFaults(0.2, 0.2, 0.1, 0.3, 100_000, 1_000_000));
    SimulatedNetDevice a = network.attach("a", 1, 1500);
    SimulatedNetDevice b = network.attach("b", 2, 1500);
    List<Integer> got = drain(b);
    for (int i = 0; i < 200; i++) {
      a.send(new byte[] {(byte) (i & 0x7f), (byte) (i >> 7)}, 0, 2);
      loop.advance(10_000);
    }
    loop.advance(10_000_000);
    return got;
  }

  /** Collects (first byte | second byte << 7) of each frame; corruption shows as odd values. */
  private static List<Integer> drain(SimulatedNetDevice device) {
    List<Integer> got = new ArrayList<>();
    byte[] buffer = new byte[1514];
    device.onReadable(() -> {
      while (device.receive(buffer, 0) >= 0) {
        int value = (buffer[0] & 0xFF) | (buffer[1] & 0xFF) << 7;
        got.add(value);
      }
    });
    return got;
  }
}

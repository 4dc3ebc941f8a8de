package dev.kiln.eventloop;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.api.Timer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineEventLoopTest {
  private final ManualClock clock = new ManualClock();
  private final FakeIdle idle = new FakeIdle(clock);
  private final DeadlineEventLoop loop = new DeadlineEventLoop(clock, idle);
  private final List<String> log = new ArrayList<>();

  @Test
  void emptyLoopEndsAtOnceWithStatusZero() {
    assertThat(loop.run()).isEqualTo(0);
    assertThat(idle.deadlines).isEmpty();
  }

  @Test
  void timersRunInDeadlineOrderThenSchedulingOrder() {
    loop.after(300, () -> log.add("c"));
    loop.after(100, () -> log.add("a"));
    loop.after(300, () -> log.add("d"));
    loop.after(200, () -> log.add("b"));
    assertThat(loop.run()).isEqualTo(0);
    assertThat(log).containsExactly("a", "b", "c", "d").inOrder();
    assertThat(clock.now).isEqualTo(1_300);
  }

  @Test
  void waitsInIdleUntilTheNextDeadline() {
    loop.at(5_000, () -> log.add("late"));
    loop.run();
    assertThat(idle.deadlines).containsExactly(5_000L);
    assertThat(log).containsExactly("late");
  }

  @Test
  void cancelledTimerNeverRunsAndDoesNotKeepTheLoopAlive() {
    Timer timer = loop.after(100, () -> log.add("cancelled"));
    loop.after(50, timer::cancel);
    assertThat(loop.run()).isEqualTo(0);
    assertThat(log).isEmpty();
    assertThat(idle.deadlines).containsExactly(1_050L);
  }

  @Test
  void exitStopsAfterTheCurrentTaskWithItsStatus() {
    loop.after(10, () -> {
      log.add("first");
      loop.exit(7);
    });
    loop.after(10, () -> log.add("never"));
    assertThat(loop.run()).isEqualTo(7);
    assertThat(log).containsExactly("first");
  }

  @Test
  void firstExitStatusWins() {
    loop.soon(() -> {
      loop.exit(3);
      loop.exit(4);
    });
    assertThat(loop.run()).isEqualTo(3);
  }

  @Test
  void timerScheduledByATaskRuns() {
    loop.after(10, () -> loop.after(10, () -> log.add("chained")));
    loop.run();
    assertThat(log).containsExactly("chained");
    assertThat(clock.now).isEqualTo(1_020);
  }

  @Test
  void readyHandlesRunTheirHandlersInHandleOrder() {
    loop.onReady(3, () -> log.add("net3"));
    loop.onReady(1, () -> log.add("net1"));
    loop.onReady(5, () -> {
      log.add("net5");
      loop.exit(0);
    });
    idle.scriptedReadySets.add((1L << 3) | (1L << 1));
    idle.scriptedReadySets.add(1L << 5);
    assertThat(loop.run()).isEqualTo(0);
    assertThat(log).containsExactly("net1", "net3", "net5").inOrder();
    assertThat(idle.deadlines).containsExactly(Long.MAX_VALUE, Long.MAX_VALUE);
  }

  @Test
  void readyHandleWithoutHandlerIsIgnored() {
    loop.onReady(2, () -> loop.exit(9));
    idle.scriptedReadySets.add(1L << 4);
    idle.scriptedReadySets.add(1L << 2);
    assertThat(loop.run()).isEqualTo(9);
  }

  @Test
  void removingTheLastHandlerLetsTheLoopEnd() {
    loop.onReady(1, () -> loop.removeReady(1));
    idle.scriptedReadySets.add(1L << 1);
    assertThat(loop.run()).isEqualTo(0);
  }

  @Test
  void handlesOutsideTheManifestRangeAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> loop.onReady(0, () -> {}));
    assertThrows(IllegalArgumentException.class, () -> loop.onReady(64, () -> {}));
  }

  @Test
  void negativeDelayIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> loop.after(-1, () -> {}));
  }

  @Test
  void exceptionInATaskLeavesTheLoop() {
    loop.soon(() -> {
      throw new IllegalStateException("boom");
    });
    IllegalStateException thrown = assertThrows(IllegalStateException.class, loop::run);
    assertThat(thrown).hasMessageThat().isEqualTo("boom");
  }

  @Test
  void deadlinesNearTheEndOfTheClockStillOrder() {
    clock.now = Long.MAX_VALUE - 100;
    loop.at(Long.MAX_VALUE - 10, () -> log.add("before wrap"));
    loop.at(Long.MIN_VALUE + 10, () -> log.add("after wrap"));
    loop.run();
    assertThat(log).containsExactly("before wrap", "after wrap").inOrder();
  }
}

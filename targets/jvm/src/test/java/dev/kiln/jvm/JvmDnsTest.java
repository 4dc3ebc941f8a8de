package dev.kiln.jvm;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.Dns;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.eventloop.DeadlineEventLoop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link JvmDns} on a real {@link DeadlineEventLoop}: lookups run on a worker, answers come back
 * on the loop's thread, and the loop ends once nothing is outstanding. Uses only names the
 * machine answers itself ({@code localhost}) or that never reach a resolver.
 */
@Timeout(30)
class JvmDnsTest {
  private final SystemClock clock = new SystemClock();
  private final HostSelector selector = new HostSelector();
  private final DeadlineEventLoop loop =
      new DeadlineEventLoop(clock, new SelectorIdle(clock, selector));
  private final HostWork work = new HostWork(loop, selector);
  private final JvmDns dns = new JvmDns(loop, work);
  private final List<String> results = new ArrayList<>();
  private final Thread loopThread = Thread.currentThread();

  @Test
  void localhostResolvesToLoopbackOnTheLoopThreadThenTheLoopEnds() {
    dns.resolve("localhost", callback());
    dns.resolve("localhost.", callback());
    assertThat(work.outstanding()).isEqualTo(2);

    assertThat(loop.run()).isEqualTo(0);
    assertThat(results).containsExactly("localhost 127.0.0.1 on loop",
        "localhost. 127.0.0.1 on loop");
    assertThat(work.outstanding()).isEqualTo(0);
  }

  @Test
  void aSecondRoundOfLookupsWorksAfterTheFirstEnded() {
    dns.resolve("localhost", callback());
    assertThat(loop.run()).isEqualTo(0);
    DeadlineEventLoop again = new DeadlineEventLoop(clock, new SelectorIdle(clock, selector));
    JvmDns second = new JvmDns(again, new HostWork(again, selector));
    second.resolve("localhost", callback());
    assertThat(again.run()).isEqualTo(0);
    assertThat(results).hasSize(2);
  }

  @Test
  void malformedNamesFailAsBadNameWithoutALookup() {
    dns.resolve("", callback());
    dns.resolve("a..b", callback());
    dns.resolve("x".repeat(64) + ".test", callback());
    dns.resolve("has space.test", callback());
    assertThat(work.outstanding()).isEqualTo(0);

    assertThat(loop.run()).isEqualTo(0);
    assertThat(results).containsExactly(" BAD_NAME on loop", "a..b BAD_NAME on loop",
        "x".repeat(64) + ".test BAD_NAME on loop", "has space.test BAD_NAME on loop");
  }

  @Test
  void nameRulesFollowRfc1035Lengths() {
    assertThat(JvmDns.isValid("kiln.test")).isTrue();
    assertThat(JvmDns.isValid("x".repeat(63) + ".test")).isTrue();
    assertThat(JvmDns.isValid(("a".repeat(49) + ".").repeat(5) + "abc")).isTrue(); // 253
    assertThat(JvmDns.isValid(("a".repeat(49) + ".").repeat(5) + "abcd")).isFalse(); // 254
    assertThat(JvmDns.isValid(".")).isFalse();
    assertThat(JvmDns.isValid(null)).isFalse();
  }

  @Test
  void aThrowingCallbackSurfacesOnTheLoop() {
    dns.resolve("localhost", new Dns.Callback() {
      @Override
      public void resolved(String name, int[] addresses) {
        throw new IllegalStateException("from the callback");
      }

      @Override
      public void failed(String name, Dns.Failure failure) {}
    });
    IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, loop::run);
    assertThat(thrown).hasMessageThat().isEqualTo("from the callback");
  }

  private Dns.Callback callback() {
    return new Dns.Callback() {
      @Override
      public void resolved(String name, int[] addresses) {
        results.add(name + " " + Ipv4Address.format(addresses[0]) + where());
      }

      @Override
      public void failed(String name, Dns.Failure failure) {
        results.add(name + " " + failure + where());
      }
    };
  }

  private String where() {
    return Thread.currentThread() == loopThread ? " on loop" : " on " + Thread.currentThread();
  }
}

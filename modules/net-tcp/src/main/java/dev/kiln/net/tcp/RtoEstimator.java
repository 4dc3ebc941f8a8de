package dev.kiln.net.tcp;

/**
 * The retransmission timeout of RFC 6298: smoothed round-trip time and its variation from
 * samples (taken only from segments never retransmitted, Karn's rule, which the caller keeps),
 * clamped to [min, max], doubled on each expiry.
 */
final class RtoEstimator {
  /** The clock granularity G: the event loop schedules in nanoseconds, so take 1 ms. */
  private static final long GRANULARITY = 1_000_000L;
  private static final long INITIAL = 1_000_000_000L;

  private final long min;
  private final long max;
  private long srtt;
  private long rttvar;
  private boolean sampled;
  private long rto;

  RtoEstimator(long min, long max) {
    this.min = min;
    this.max = max;
    this.rto = clamp(INITIAL);
  }

  void sample(long rtt) {
    if (!sampled) {
      srtt = rtt;
      rttvar = rtt / 2;
      sampled = true;
    } else {
      rttvar = (3 * rttvar + Math.abs(srtt - rtt)) / 4;
      srtt = (7 * srtt + rtt) / 8;
    }
    rto = clamp(srtt + Math.max(GRANULARITY, 4 * rttvar));
  }

  void backoff() {
    rto = clamp(rto * 2);
  }

  long rto() {
    return rto;
  }

  long srtt() {
    return srtt;
  }

  private long clamp(long value) {
    return Math.max(min, Math.min(max, value));
  }
}

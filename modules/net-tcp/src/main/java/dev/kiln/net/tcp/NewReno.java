package dev.kiln.net.tcp;

/**
 * Congestion control: slow start and congestion avoidance (RFC 5681 3.1), fast retransmit and
 * fast recovery with NewReno's partial acknowledgments (RFC 6582 3.2), and limited transmit
 * (RFC 3042). Windows in bytes.
 */
final class NewReno {
  private final int mss;
  private int cwnd;
  private int ssthresh = Integer.MAX_VALUE / 2;
  private int duplicateAcks;
  private boolean recovering;
  private boolean recoverSet;
  private int recover;

  NewReno(int mss) {
    this.mss = mss;
    // RFC 5681 3.1 initial window.
    this.cwnd = mss > 2190 ? 2 * mss : mss > 1095 ? 3 * mss : 4 * mss;
  }

  int cwnd() {
    return cwnd;
  }

  /**
   * How much may be in flight: the congestion window, plus one segment for each of the first
   * two duplicate acknowledgments outside recovery (limited transmit, RFC 3042).
   */
  int sendAllowance() {
    return recovering ? cwnd : cwnd + Math.min(duplicateAcks, 2) * mss;
  }

  int ssthresh() {
    return ssthresh;
  }

  boolean recovering() {
    return recovering;
  }

  /**
   * New data acknowledged: {@code acked} bytes, up to {@code ack}, {@code flight} bytes still
   * out. Returns true for a partial acknowledgment in recovery: resend the first unacknowledged
   * segment.
   */
  boolean onNewAck(int acked, int ack, int flight) {
    duplicateAcks = 0;
    if (recovering) {
      if (Seq.ge(ack, recover)) {
        recovering = false;
        cwnd = Math.min(ssthresh, Math.max(flight, mss) + mss);
        return false;
      }
      cwnd = Math.max(mss, cwnd - acked + (acked >= mss ? mss : 0));
      return true;
    }
    if (cwnd < ssthresh) {
      cwnd += Math.min(acked, mss);
    } else {
      cwnd += Math.max(1, mss * mss / cwnd);
    }
    return false;
  }

  /**
   * A duplicate acknowledgment of {@code ack} with {@code flight} bytes out and {@code highest}
   * the highest sequence sent. Returns true when it is the third and fast retransmit starts.
   */
  boolean onDuplicateAck(int ack, int flight, int highest) {
    duplicateAcks++;
    if (recovering) {
      cwnd += mss;
      return false;
    }
    // RFC 6582 3.2 step 2: only when the acknowledgment covers more than "recover".
    if (duplicateAcks == 3 && (!recoverSet || Seq.gt(ack, recover))) {
      ssthresh = Math.max(flight / 2, 2 * mss);
      cwnd = ssthresh + 3 * mss;
      recover = highest;
      recoverSet = true;
      recovering = true;
      return true;
    }
    return false;
  }

  /** The retransmission timer expired (RFC 5681 3.1 equation 4; RFC 6582 4). */
  void onTimeout(int flight, int highest) {
    ssthresh = Math.max(flight / 2, 2 * mss);
    cwnd = mss;
    duplicateAcks = 0;
    recovering = false;
    recover = highest;
    recoverSet = true;
  }
}

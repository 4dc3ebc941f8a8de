package dev.kiln.net.tcp;

/** Sequence number arithmetic modulo 2^32 (RFC 9293 3.4): comparisons by signed difference. */
final class Seq {
  private Seq() {}

  static boolean lt(int a, int b) {
    return a - b < 0;
  }

  static boolean le(int a, int b) {
    return a - b <= 0;
  }

  static boolean gt(int a, int b) {
    return a - b > 0;
  }

  static boolean ge(int a, int b) {
    return a - b >= 0;
  }

  /** {@code low <= x < high}. */
  static boolean inRange(int x, int low, int high) {
    return le(low, x) && lt(x, high);
  }
}

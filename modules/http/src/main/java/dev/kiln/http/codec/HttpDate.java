package dev.kiln.http.codec;

/**
 * Formats IMF-fixdate timestamps (RFC 9110 5.6.7), e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT},
 * into a reused 29-byte buffer, recomputed only when the second changes.
 */
public final class HttpDate {
  /** Bytes of an IMF-fixdate. */
  public static final int LENGTH = 29;
  private static final String DAYS = "ThuFriSatSunMonTueWed"; // 1970-01-01 was a Thursday
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  private final byte[] text = new byte[LENGTH];
  private long second = Long.MIN_VALUE;

  /** The date of {@code epochNanos} (nanoseconds since 1970-01-01T00:00:00Z), reused buffer. */
  public byte[] format(long epochNanos) {
    long seconds = Math.floorDiv(epochNanos, 1_000_000_000L);
    if (seconds != second) {
      second = seconds;
      write(seconds, text);
    }
    return text;
  }

  /** Writes the IMF-fixdate of {@code epochSeconds} into {@code out[0, 29)}. */
  public static void write(long epochSeconds, byte[] out) {
    long days = Math.floorDiv(epochSeconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(epochSeconds, 86_400L);
    int weekday = (int) Math.floorMod(days, 7L);
    // Civil date from days since the epoch, counting 400-year eras that start on March 1st.
    long shifted = days + 719_468L;
    long era = Math.floorDiv(shifted, 146_097L);
    int dayOfEra = (int) (shifted - era * 146_097L);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int monthFromMarch = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
    int month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    copy(DAYS, weekday * 3, out, 0);
    out[3] = ',';
    out[4] = ' ';
    two(day, out, 5);
    out[7] = ' ';
    copy(MONTHS, (month - 1) * 3, out, 8);
    out[11] = ' ';
    int y = (int) Math.floorMod(year, 10_000L);
    two(y / 100, out, 12);
    two(y % 100, out, 14);
    out[16] = ' ';
    two(secondOfDay / 3600, out, 17);
    out[19] = ':';
    two(secondOfDay / 60 % 60, out, 20);
    out[22] = ':';
    two(secondOfDay % 60, out, 23);
    out[25] = ' ';
    out[26] = 'G';
    out[27] = 'M';
    out[28] = 'T';
  }

  private static void copy(String from, int start, byte[] out, int at) {
    for (int i = 0; i < 3; i++) {
      out[at + i] = (byte) from.charAt(start + i);
    }
  }

  private static void two(int value, byte[] out, int at) {
    out[at] = (byte) ('0' + value / 10);
    out[at + 1] = (byte) ('0' + value % 10);
  }
}

package dev.kiln.http.codec;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** IMF-fixdate (RFC 9110 5.6.7). */
class HttpDateTest {
  private static String format(long epochSeconds) {
    byte[] out = new byte[HttpDate.LENGTH];
    HttpDate.write(epochSeconds, out);
    return new String(out, StandardCharsets.US_ASCII);
  }

  @Test
  void formatsTheRfcExampleAndEdges() {
    assertThat(format(784111777L)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    assertThat(format(0)).isEqualTo("Thu, 01 Jan 1970 00:00:00 GMT");
    assertThat(format(951782400L)).isEqualTo("Tue, 29 Feb 2000 00:00:00 GMT");
    assertThat(format(4102444799L)).isEqualTo("Thu, 31 Dec 2099 23:59:59 GMT");
    assertThat(format(-1)).isEqualTo("Wed, 31 Dec 1969 23:59:59 GMT");
  }

  @Test
  void agreesWithJavaTimeOnRandomInstants() {
    DateTimeFormatter reference = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    Random random = new Random(6);
    for (int i = 0; i < 10_000; i++) {
      long seconds = (long) (random.nextDouble() * 253402300799L); // up to year 9999
      String expected = reference.format(Instant.ofEpochSecond(seconds));
      // java.time does not pad the day to two digits; IMF-fixdate does.
      if (expected.charAt(6) == ' ') {
        expected = expected.substring(0, 5) + "0" + expected.substring(5);
      }
      assertThat(format(seconds)).isEqualTo(expected);
    }
  }

  @Test
  void reusesItsBufferWithinASecond() {
    HttpDate date = new HttpDate();
    byte[] first = date.format(784111777_000_000_000L);
    assertThat(date.format(784111777_900_000_000L)).isSameInstanceAs(first);
    assertThat(new String(date.format(784111778_000_000_000L), StandardCharsets.US_ASCII))
        .isEqualTo("Sun, 06 Nov 1994 08:49:38 GMT");
  }
}

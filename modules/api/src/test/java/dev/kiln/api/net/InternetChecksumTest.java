package dev.kiln.api.net;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class InternetChecksumTest {
  /** RFC 1071 section 3, "Numerical Examples": these bytes sum to 0xddf2. */
  private static final byte[] RFC_1071 = {
      0x00, 0x01, (byte) 0xf2, 0x03, (byte) 0xf4, (byte) 0xf5, (byte) 0xf6, (byte) 0xf7};

  @Test
  void sumsTheRfc1071Example() {
    assertThat(InternetChecksum.sum(0, RFC_1071, 0, 8)).isEqualTo(0xddf2);
    assertThat(InternetChecksum.compute(RFC_1071, 0, 8)).isEqualTo(0x220d);
  }

  @Test
  void padsAnOddLastByteWithZero() {
    byte[] odd = {0x12, 0x34, 0x56};
    assertThat(InternetChecksum.sum(0, odd, 0, 3)).isEqualTo(0x1234 + 0x5600);
  }

  @Test
  void dataCarryingItsChecksumSumsToZero() {
    byte[] data = {0x45, 0x00, 0x00, 0x1c, 0x12, 0x34, 0x00, 0x00, 0x40, 0x01, 0, 0,
        10, 0, 0, 1, 10, 0, 0, 2};
    int checksum = InternetChecksum.compute(data, 0, data.length);
    data[10] = (byte) (checksum >>> 8);
    data[11] = (byte) checksum;
    assertThat(InternetChecksum.compute(data, 0, data.length)).isEqualTo(0);
  }

  @Test
  void theSumCarriesAroundPastSixteenBits() {
    byte[] ones = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x00, 0x02};
    // 0xffff + 0xffff + 0x0002 = 0x20000; the end-around carry folds it to 0x0002.
    assertThat(InternetChecksum.sum(0, ones, 0, 6)).isEqualTo(0x0002);
  }

  @Test
  void pseudoHeaderAddsAddressesProtocolAndLength() {
    int sum = InternetChecksum.pseudoHeader(0x0a000001, 0x0a000002, 17, 10);
    assertThat(sum).isEqualTo(0x0a00 + 0x0001 + 0x0a00 + 0x0002 + 17 + 10);
  }
}

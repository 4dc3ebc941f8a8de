package dev.kiln.net.udp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UdpHeaderTest {
  private static final int SOURCE = 0x0a000001;
  private static final int DESTINATION = 0x0a000002;

  /**
   * Port 1234 to port 7, data "hi", from 10.0.0.1 to 10.0.0.2. Checksum by hand (RFC 768): the
   * pseudo-header sums to 0x141e, the header (checksum zero) to 0x04e3, the data to 0x6869; the
   * total 0x816a complemented is 0x7e95.
   */
  static final byte[] DATAGRAM = {
      0x04, (byte) 0xd2, 0x00, 0x07, 0x00, 0x0a, 0x7e, (byte) 0x95, 'h', 'i'};

  @Test
  void parsesAHandCheckedDatagram() throws Exception {
    UdpView view = new UdpView().wrap(SOURCE, DESTINATION, DATAGRAM, 0, DATAGRAM.length);

    assertThat(UdpHeader.parse(SOURCE, DESTINATION, DATAGRAM, 0, 10))
        .isEqualTo(new UdpHeader(1234, 7, 10));
    assertThat(view.payloadOffset()).isEqualTo(8);
    assertThat(view.payloadLength()).isEqualTo(2);
    assertThat(view.checksum()).isEqualTo(0x7e95);
  }

  @Test
  void emitsTheSameBytes() {
    byte[] buffer = {0, 0, 0, 0, 0, 0, 0, 0, 'h', 'i'};
    new UdpHeader(1234, 7, 10).emit(SOURCE, DESTINATION, buffer, 0);
    assertThat(buffer).isEqualTo(DATAGRAM);
  }

  @Test
  void aZeroChecksumMeansNoneWasComputed() throws Exception {
    byte[] unchecked = DATAGRAM.clone();
    unchecked[6] = 0;
    unchecked[7] = 0;
    unchecked[9] = 'o';
    assertThat(UdpHeader.parse(SOURCE, DESTINATION, unchecked, 0, 10).length()).isEqualTo(10);
  }

  @Test
  void theChecksumCoversTheAddresses() {
    assertThrows(MalformedUdpException.class,
        () -> UdpHeader.parse(SOURCE, 0x0a000003, DATAGRAM, 0, 10));
  }

  @Test
  void rejectsBadLengths() {
    assertThrows(MalformedUdpException.class,
        () -> UdpHeader.parse(SOURCE, DESTINATION, DATAGRAM, 0, 7));
    byte[] tooLong = DATAGRAM.clone();
    tooLong[5] = 11;
    assertThrows(MalformedUdpException.class,
        () -> UdpHeader.parse(SOURCE, DESTINATION, tooLong, 0, 10));
    byte[] tooShort = DATAGRAM.clone();
    tooShort[5] = 7;
    assertThrows(MalformedUdpException.class,
        () -> UdpHeader.parse(SOURCE, DESTINATION, tooShort, 0, 10));
  }
}

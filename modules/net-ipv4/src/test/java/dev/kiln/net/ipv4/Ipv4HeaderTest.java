package dev.kiln.net.ipv4;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Ipv4HeaderTest {
  /**
   * The header of an 84-byte ICMP datagram from 10.0.0.1 to 10.0.0.2, identification 0x1234, DF,
   * TTL 64. Checksum by hand (RFC 1071): the words sum to 0xeb8c, whose complement is 0x1473.
   */
  static final byte[] ECHO_HEADER = {
      0x45, 0x00, 0x00, 0x54, 0x12, 0x34, 0x40, 0x00,
      0x40, 0x01, 0x14, 0x73, 0x0a, 0x00, 0x00, 0x01,
      0x0a, 0x00, 0x00, 0x02};

  @Test
  void parsesAHandCheckedHeader() throws Exception {
    byte[] datagram = new byte[84];
    System.arraycopy(ECHO_HEADER, 0, datagram, 0, 20);

    Ipv4Header header = Ipv4Header.parse(datagram, 0, 84);

    assertThat(header).isEqualTo(new Ipv4Header(0, 84, 0x1234, true, false, 0, 64, 1,
        0x0a000001, 0x0a000002));
  }

  @Test
  void emitsTheSameBytesIncludingTheChecksum() {
    byte[] buffer = new byte[20];
    new Ipv4Header(0, 84, 0x1234, true, false, 0, 64, 1, 0x0a000001, 0x0a000002)
        .emit(buffer, 0);
    assertThat(buffer).isEqualTo(ECHO_HEADER);
  }

  @Test
  void readsFragmentFieldsAndSkipsOptions() throws Exception {
    byte[] datagram = new byte[32];
    // IHL 6 (one word of options: four NOPs), MF set, offset 185 units = 1480 bytes.
    byte[] header = {0x46, 0x00, 0x00, 0x20, 0x00, 0x07, 0x20, (byte) 0xb9, 0x40, 0x11, 0, 0,
        0x0a, 0x00, 0x00, 0x01, 0x0a, 0x00, 0x00, 0x02, 0x01, 0x01, 0x01, 0x01};
    System.arraycopy(header, 0, datagram, 0, header.length);
    int checksum = dev.kiln.api.net.InternetChecksum.compute(datagram, 0, 24);
    datagram[10] = (byte) (checksum >>> 8);
    datagram[11] = (byte) checksum;

    Ipv4View view = new Ipv4View().wrap(datagram, 0, 32);

    assertThat(view.headerLength()).isEqualTo(24);
    assertThat(view.moreFragments()).isTrue();
    assertThat(view.fragmentOffset()).isEqualTo(1480);
    assertThat(view.payloadOffset()).isEqualTo(24);
    assertThat(view.payloadLength()).isEqualTo(8);
  }

  @Test
  void rejectsBadVersionLengthsAndChecksum() {
    byte[] datagram = new byte[84];
    System.arraycopy(ECHO_HEADER, 0, datagram, 0, 20);
    byte[] badVersion = datagram.clone();
    badVersion[0] = 0x65;
    assertThrows(MalformedIpv4Exception.class, () -> Ipv4Header.parse(badVersion, 0, 84));
    byte[] shortIhl = datagram.clone();
    shortIhl[0] = 0x44;
    assertThrows(MalformedIpv4Exception.class, () -> Ipv4Header.parse(shortIhl, 0, 84));
    assertThrows(MalformedIpv4Exception.class, () -> Ipv4Header.parse(datagram, 0, 83));
    byte[] badChecksum = datagram.clone();
    badChecksum[11] ^= 1;
    MalformedIpv4Exception e = assertThrows(MalformedIpv4Exception.class,
        () -> Ipv4Header.parse(badChecksum, 0, 84));
    assertThat(e).hasMessageThat().contains("checksum");
    assertThrows(MalformedIpv4Exception.class, () -> Ipv4Header.parse(datagram, 0, 19));
  }
}

package dev.kiln.net.arp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArpPacketTest {
  /** "Who has 10.0.0.2? Tell 10.0.0.1 (02:00:00:00:00:01)", RFC 826 layout, by hand. */
  static final byte[] WHO_HAS = {
      0x00, 0x01, 0x08, 0x00, 0x06, 0x04, 0x00, 0x01,
      0x02, 0x00, 0x00, 0x00, 0x00, 0x01, 0x0a, 0x00, 0x00, 0x01,
      0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x00, 0x02};

  @Test
  void parsesARequest() throws Exception {
    ArpPacket packet = ArpPacket.parse(WHO_HAS, 0, WHO_HAS.length);

    assertThat(packet).isEqualTo(new ArpPacket(ArpView.OPERATION_REQUEST, 0x0200_0000_0001L,
        0x0a000001, 0, 0x0a000002));
  }

  @Test
  void emitsTheSameBytes() {
    byte[] buffer = new byte[28];
    new ArpPacket(1, 0x0200_0000_0001L, 0x0a000001, 0, 0x0a000002).emit(buffer, 0);
    assertThat(buffer).isEqualTo(WHO_HAS);
  }

  @Test
  void ignoresEthernetPaddingAfterThePacket() throws Exception {
    byte[] padded = new byte[46];
    System.arraycopy(WHO_HAS, 0, padded, 0, 28);
    assertThat(ArpPacket.parse(padded, 0, 46).targetIp()).isEqualTo(0x0a000002);
  }

  @Test
  void rejectsOtherHardwareProtocolsAndOperations() {
    byte[] ipv6 = WHO_HAS.clone();
    ipv6[2] = (byte) 0x86;
    ipv6[3] = (byte) 0xdd;
    assertThrows(MalformedArpException.class, () -> ArpPacket.parse(ipv6, 0, 28));
    byte[] rarp = WHO_HAS.clone();
    rarp[7] = 3;
    assertThrows(MalformedArpException.class, () -> ArpPacket.parse(rarp, 0, 28));
    assertThrows(MalformedArpException.class, () -> ArpPacket.parse(WHO_HAS, 0, 27));
  }
}

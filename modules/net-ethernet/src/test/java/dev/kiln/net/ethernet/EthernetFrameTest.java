package dev.kiln.net.ethernet;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EthernetFrameTest {
  /** An ARP request frame as a host sends it: broadcast, from 02:00:00:00:00:01, type 0x0806. */
  private static final byte[] ARP_BROADCAST = {
      (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff,
      0x02, 0x00, 0x00, 0x00, 0x00, 0x01,
      0x08, 0x06,
      0x00, 0x01, 0x08, 0x00, 0x06, 0x04, 0x00, 0x01};

  @Test
  void readsTheHeaderInPlace() throws Exception {
    EthernetFrame frame = new EthernetFrame().wrap(ARP_BROADCAST, 0, ARP_BROADCAST.length);

    assertThat(frame.destination()).isEqualTo(0xFFFF_FFFF_FFFFL);
    assertThat(frame.source()).isEqualTo(0x0200_0000_0001L);
    assertThat(frame.etherType()).isEqualTo(0x0806);
    assertThat(frame.payloadOffset()).isEqualTo(14);
    assertThat(frame.payloadLength()).isEqualTo(8);
  }

  @Test
  void readsAFrameAtAnOffset() throws Exception {
    byte[] buffer = new byte[ARP_BROADCAST.length + 5];
    System.arraycopy(ARP_BROADCAST, 0, buffer, 5, ARP_BROADCAST.length);

    EthernetHeader header = EthernetHeader.parse(buffer, 5, ARP_BROADCAST.length);

    assertThat(header).isEqualTo(new EthernetHeader(0xFFFF_FFFF_FFFFL, 0x0200_0000_0001L, 0x0806));
  }

  @Test
  void emitsTheSameBytes() {
    byte[] buffer = new byte[14];
    new EthernetHeader(0xFFFF_FFFF_FFFFL, 0x0200_0000_0001L, 0x0806).emit(buffer, 0);

    byte[] expected = new byte[14];
    System.arraycopy(ARP_BROADCAST, 0, expected, 0, 14);
    assertThat(buffer).isEqualTo(expected);
  }

  @Test
  void aFrameShorterThanItsHeaderIsMalformed() {
    MalformedFrameException e = assertThrows(MalformedFrameException.class,
        () -> new EthernetFrame().wrap(ARP_BROADCAST, 0, 13));
    assertThat(e).hasMessageThat().contains("shorter than its header");
  }

  @Test
  void anIeee8023LengthFieldIsNotEthernetII() {
    byte[] frame = ARP_BROADCAST.clone();
    frame[12] = 0x00;
    frame[13] = 0x2E;
    MalformedFrameException e = assertThrows(MalformedFrameException.class,
        () -> new EthernetFrame().wrap(frame, 0, frame.length));
    assertThat(e).hasMessageThat().contains("not Ethernet II");
  }

  @Test
  void boundsOutsideTheBufferAreMalformed() {
    assertThrows(MalformedFrameException.class,
        () -> new EthernetFrame().wrap(ARP_BROADCAST, 10, ARP_BROADCAST.length));
    assertThrows(MalformedFrameException.class,
        () -> new EthernetFrame().wrap(ARP_BROADCAST, -1, 14));
  }
}

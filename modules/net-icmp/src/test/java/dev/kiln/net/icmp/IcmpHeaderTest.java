package dev.kiln.net.icmp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IcmpHeaderTest {
  /**
   * An echo request, identifier 0x0102, sequence 3, data "abcd". Checksum by hand: 0x0800 +
   * 0x0102 + 0x0003 + 0x6162 + 0x6364 = 0xcdcb, complement 0x3234.
   */
  static final byte[] ECHO_REQUEST = {
      0x08, 0x00, 0x32, 0x34, 0x01, 0x02, 0x00, 0x03, 'a', 'b', 'c', 'd'};

  @Test
  void parsesAHandCheckedEchoRequest() throws Exception {
    IcmpView view = new IcmpView().wrap(ECHO_REQUEST, 0, ECHO_REQUEST.length);

    assertThat(IcmpHeader.parse(ECHO_REQUEST, 0, 12))
        .isEqualTo(IcmpHeader.echo(IcmpView.TYPE_ECHO_REQUEST, 0x0102, 3));
    assertThat(view.identifier()).isEqualTo(0x0102);
    assertThat(view.sequence()).isEqualTo(3);
    assertThat(view.dataOffset()).isEqualTo(8);
    assertThat(view.dataLength()).isEqualTo(4);
  }

  @Test
  void emitsTheSameBytes() {
    byte[] buffer = {0, 0, 0, 0, 0, 0, 0, 0, 'a', 'b', 'c', 'd'};
    IcmpHeader.echo(8, 0x0102, 3).emit(buffer, 0, 4);
    assertThat(buffer).isEqualTo(ECHO_REQUEST);
  }

  @Test
  void rejectsShortMessagesAndBadChecksums() {
    assertThrows(MalformedIcmpException.class, () -> IcmpHeader.parse(ECHO_REQUEST, 0, 7));
    byte[] corrupt = ECHO_REQUEST.clone();
    corrupt[10] ^= 0x40;
    assertThrows(MalformedIcmpException.class, () -> IcmpHeader.parse(corrupt, 0, 12));
  }
}

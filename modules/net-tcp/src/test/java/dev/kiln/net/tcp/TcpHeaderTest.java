package dev.kiln.net.tcp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The codec against literal segments, checksums computed independently of it. */
class TcpHeaderTest {
  private static final int A = 0x0a000001;
  private static final int B = 0x0a000002;

  /** 10.0.0.1:40000 to 10.0.0.2:7, SYN, MSS 1460, window scale 7, SACK permitted. */
  private static final byte[] SYN_WITH_OPTIONS = bytes(
      0x9c, 0x40, 0x00, 0x07, 0x01, 0x02, 0x03, 0x04, 0x00, 0x00, 0x00, 0x00, 0x80, 0x02, 0xff,
      0xff, 0xba, 0xc1, 0x00, 0x00, 0x02, 0x04, 0x05, 0xb4, 0x01, 0x03, 0x03, 0x07, 0x01, 0x01,
      0x04, 0x02);

  /** 10.0.0.2:7 to 10.0.0.1:40000, ACK|PSH, window 512, data "hi". */
  private static final byte[] ACK_WITH_DATA = bytes(
      0x00, 0x07, 0x9c, 0x40, 0x11, 0x22, 0x33, 0x44, 0x01, 0x02, 0x03, 0x05, 0x50, 0x18, 0x02,
      0x00, 0x4c, 0xaa, 0x00, 0x00, 0x68, 0x69);

  @Test
  void parsesASynWithOptions() throws Exception {
    TcpHeader header = TcpHeader.parse(A, B, SYN_WITH_OPTIONS, 0, SYN_WITH_OPTIONS.length);
    assertThat(header).isEqualTo(new TcpHeader(40000, 7, 0x01020304, 0, TcpView.SYN, 65535, 0,
        1460, 7, true));
  }

  @Test
  void emitsTheSameSynByteForByte() {
    TcpHeader header = new TcpHeader(40000, 7, 0x01020304, 0, TcpView.SYN, 65535, 0, 1460, 7,
        true);
    byte[] buffer = new byte[header.length()];
    assertThat(header.emit(A, B, buffer, 0, 0)).isEqualTo(32);
    assertThat(buffer).isEqualTo(SYN_WITH_OPTIONS);
  }

  @Test
  void viewsPayloadAndFlagsOfADataSegment() throws Exception {
    TcpView view = new TcpView().wrap(B, A, ACK_WITH_DATA, 0, ACK_WITH_DATA.length);
    assertThat(view.flags()).isEqualTo(TcpView.ACK | TcpView.PSH);
    assertThat(view.acknowledgment()).isEqualTo(0x01020305);
    assertThat(view.window()).isEqualTo(512);
    assertThat(view.payloadOffset()).isEqualTo(20);
    assertThat(view.payloadLength()).isEqualTo(2);
    assertThat(view.sequenceLength()).isEqualTo(2);
    assertThat(view.mss()).isEqualTo(TcpView.ABSENT);
  }

  @Test
  void emitsTheDataSegmentByteForByte() {
    byte[] buffer = new byte[22];
    buffer[20] = 'h';
    buffer[21] = 'i';
    TcpHeader.of(7, 40000, 0x11223344, 0x01020305, TcpView.ACK | TcpView.PSH, 512)
        .emit(B, A, buffer, 0, 2);
    assertThat(buffer).isEqualTo(ACK_WITH_DATA);
  }

  @Test
  void rejectsABadChecksum() {
    byte[] corrupt = ACK_WITH_DATA.clone();
    corrupt[21] ^= 1;
    MalformedTcpException e = assertThrows(MalformedTcpException.class,
        () -> new TcpView().wrap(B, A, corrupt, 0, corrupt.length));
    assertThat(e).hasMessageThat().contains("checksum");
  }

  @Test
  void theChecksumCoversThePseudoHeader() {
    // Right bytes, wrong addresses.
    assertThrows(MalformedTcpException.class,
        () -> new TcpView().wrap(A, 0x0a000003, ACK_WITH_DATA, 0, ACK_WITH_DATA.length));
  }

  @Test
  void rejectsADataOffsetBeyondTheSegment() {
    byte[] bad = ACK_WITH_DATA.clone();
    bad[12] = (byte) 0xf0;
    MalformedTcpException e = assertThrows(MalformedTcpException.class,
        () -> new TcpView().wrap(B, A, bad, 0, bad.length));
    assertThat(e).hasMessageThat().contains("data offset");
  }

  @Test
  void rejectsAnOptionRunningPastTheHeader() {
    byte[] bad = SYN_WITH_OPTIONS.clone();
    bad[29] = 9; // kind 1 at 28 is NOP; make 29 a kind with a length past the end
    bad[30] = 8;
    assertThrows(MalformedTcpException.class, () -> TcpHeader.parse(A, B, bad, 0, bad.length));
  }

  @Test
  void rejectsASegmentShorterThanAHeader() {
    assertThrows(MalformedTcpException.class,
        () -> new TcpView().wrap(A, B, new byte[19], 0, 19));
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}

package dev.kiln.net.dhcp;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codec against messages laid out by hand from RFC 2131 section 2 and RFC 2132. */
class DhcpMessageTest {
  private static final long MAC = 0x0200_0000_00AAL;

  /** A DISCOVER: op, htype, hlen, hops, xid, secs, flags (broadcast), four zero addresses. */
  private static final String DISCOVER_HEADER = "01010600" + "12345678" + "0003" + "8000"
      + "00000000" + "00000000" + "00000000" + "00000000"
      + "0200000000aa" + "00".repeat(10) // chaddr, padded to 16
      + "00".repeat(64 + 128) // sname, file
      + "63825363"; // magic cookie
  private static final String DISCOVER_OPTIONS = "350101" // message type DISCOVER
      + "3703010306" // parameter requests: mask, router, DNS
      + "ff";

  @Test
  void emitsADiscoverByteForByte() {
    DhcpMessage discover = new DhcpMessage(DhcpMessage.BOOTREQUEST, 0x12345678, 3, true, 0, 0,
        0, 0, MAC, DhcpMessage.DISCOVER, 0, 0, List.of(), -1, 0, 0, List.of(1, 3, 6), -1, -1);
    byte[] buffer = new byte[400];
    Arrays.fill(buffer, (byte) 0x5A);

    int length = discover.emit(buffer, 10);

    assertThat(length).isEqualTo(DhcpMessage.MIN_EMIT_LENGTH);
    String expected = DISCOVER_HEADER + DISCOVER_OPTIONS;
    expected += "00".repeat(300 - expected.length() / 2);
    assertThat(HexFormat.of().formatHex(buffer, 10, 10 + length)).isEqualTo(expected);
    assertThat(buffer[9]).isEqualTo((byte) 0x5A);
    assertThat(buffer[310]).isEqualTo((byte) 0x5A);
  }

  @Test
  void parsesAnAckWithEveryOptionThisClientReads() throws Exception {
    String ack = "02010600" + "cafebabe" + "0000" + "0000" + "00000000" + "0a00000f"
        + "0a000001" + "00000000" + "0200000000aa" + "00".repeat(10) + "00".repeat(192)
        + "63825363"
        + "350105" // ACK
        + "3604" + "0a000001" // server identifier
        + "0104" + "ffffff00" // subnet mask
        + "0308" + "0a000001" + "0a0000fe" // two routers: the first is used
        + "0608" + "0a000001" + "08080808" // DNS servers
        + "3304" + "00000e10" // lease 3600 s
        + "3a04" + "00000708" // T1 1800 s
        + "3b04" + "00000c4e" // T2 3150 s
        + "0c03" + "6b696c" // host name: skipped
        + "00" + "00" // pads
        + "ff" + "deadbeef"; // end, then trailing bytes are ignored
    byte[] bytes = HexFormat.of().parseHex(ack);

    DhcpMessage message = DhcpMessage.parse(bytes, 0, bytes.length);

    assertThat(message.op()).isEqualTo(DhcpMessage.BOOTREPLY);
    assertThat(message.xid()).isEqualTo(0xcafebabe);
    assertThat(message.yourAddress()).isEqualTo(0x0a00000f);
    assertThat(message.serverAddress()).isEqualTo(0x0a000001);
    assertThat(message.clientMac()).isEqualTo(MAC);
    assertThat(message.messageType()).isEqualTo(DhcpMessage.ACK);
    assertThat(message.serverId()).isEqualTo(0x0a000001);
    assertThat(message.subnetMask()).isEqualTo(0xffffff00);
    assertThat(message.router()).isEqualTo(0x0a000001);
    assertThat(message.dnsServers()).containsExactly(0x0a000001, 0x08080808).inOrder();
    assertThat(message.leaseSeconds()).isEqualTo(3600);
    assertThat(message.renewalSeconds()).isEqualTo(1800);
    assertThat(message.rebindingSeconds()).isEqualTo(3150);
    assertThat(message.broadcast()).isFalse();
  }

  @Test
  void parsesTheDiscoverItEmits() throws Exception {
    byte[] bytes = HexFormat.of().parseHex(DISCOVER_HEADER + DISCOVER_OPTIONS);
    DhcpMessage message = DhcpMessage.parse(bytes, 0, bytes.length);
    assertThat(message.messageType()).isEqualTo(DhcpMessage.DISCOVER);
    assertThat(message.broadcast()).isTrue();
    assertThat(message.secs()).isEqualTo(3);
    assertThat(message.parameterRequests()).containsExactly(1, 3, 6).inOrder();
    assertThat(message.leaseSeconds()).isEqualTo(-1);
  }

  @Test
  void leaseTimesAreUnsigned() throws Exception {
    byte[] bytes = HexFormat.of().parseHex(DISCOVER_HEADER + "3304ffffffff" + "ff");
    assertThat(DhcpMessage.parse(bytes, 0, bytes.length).leaseSeconds())
        .isEqualTo(DhcpMessage.INFINITE);
  }

  @Test
  void rejectsWhatIsNotADhcpMessage() {
    byte[] good = HexFormat.of().parseHex(DISCOVER_HEADER + DISCOVER_OPTIONS);
    assertMalformed(Arrays.copyOf(good, 239), "shorter than 240 bytes: 239");
    byte[] badCookie = good.clone();
    badCookie[239] = 0;
    assertMalformed(badCookie, "no DHCP magic cookie");
    byte[] badOp = good.clone();
    badOp[0] = 3;
    assertMalformed(badOp, "op is neither request nor reply: 3");
    byte[] tokenRing = good.clone();
    tokenRing[1] = 6;
    assertMalformed(tokenRing, "hardware is not Ethernet");
    assertMalformed(HexFormat.of().parseHex(DISCOVER_HEADER + "3302"), "option 51 runs past"
        + " the message");
    assertMalformed(HexFormat.of().parseHex(DISCOVER_HEADER + "35"), "option 53 has no length");
    assertMalformed(HexFormat.of().parseHex(DISCOVER_HEADER + "350201ff"),
        "option 53 has length 2, not 1");
    assertMalformed(HexFormat.of().parseHex(DISCOVER_HEADER + "0603010203ff"),
        "option 6 is not a list of addresses");
  }

  private static void assertMalformed(byte[] bytes, String message) {
    MalformedDhcpException e = assertThrows(MalformedDhcpException.class,
        () -> DhcpMessage.parse(bytes, 0, bytes.length));
    assertThat(e).hasMessageThat().isEqualTo(message);
  }
}

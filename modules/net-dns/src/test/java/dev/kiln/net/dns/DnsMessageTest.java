package dev.kiln.net.dns;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codec against messages written out by hand from RFC 1035 section 4. */
class DnsMessageTest {
  @Test
  void emitsAQueryByteForByte() {
    byte[] buffer = new byte[64];
    int length = DnsMessage.query(0xBEEF, "kiln.test").emit(buffer, 3);

    assertThat(HexFormat.of().formatHex(buffer, 3, 3 + length)).isEqualTo(
        "beef" + "0100" + "0001" + "0000" + "0000" + "0000" // id, RD, one question
            + "046b696c6e" + "0474657374" + "00" // kiln.test
            + "0001" + "0001"); // A, IN
    assertThat(length).isEqualTo(DnsMessage.query(1, "kiln.test.").length());
  }

  /**
   * RFC 1035 section 4.1.4's example: F.ISI.ARPA written out, FOO.F.ISI.ARPA as FOO and a pointer
   * to it, ARPA as a pointer into its middle (here the question's name sits at offset 12).
   */
  @Test
  void section4_1_4_readsCompressedNames() throws Exception {
    byte[] fixed = HexFormat.of().parseHex("0001" + "8180" + "0001" + "0002" + "0000" + "0000"
        + "0146" + "03495349" + "0441525041" + "00" + "00010001" // F.ISI.ARPA A IN, at 12
        + "03464f4f" + "c00c" + "0001" + "0001" + "00000e10" + "0004" + "0a000001"
        + "c012" + "0005" + "0001" + "0000003c" + "0002" + "c00c"); // ARPA at 18

    DnsMessage parsed = DnsMessage.parse(fixed, 0, fixed.length);

    assertThat(parsed.response()).isTrue();
    assertThat(parsed.recursionDesired()).isTrue();
    assertThat(parsed.recursionAvailable()).isTrue();
    assertThat(parsed.questions()).containsExactly(
        new DnsMessage.Question("F.ISI.ARPA", DnsMessage.TYPE_A, DnsMessage.CLASS_IN));
    assertThat(parsed.answers()).containsExactly(
        DnsMessage.Answer.a("FOO.F.ISI.ARPA", 3600, 0x0a000001),
        DnsMessage.Answer.cname("ARPA", 60, "F.ISI.ARPA")).inOrder();
  }

  @Test
  void skipsRecordsOfOtherTypesAndSections() throws Exception {
    String message = "0002" + "8183" + "0000" + "0001" + "0001" + "0000"
        + "00" + "0010" + "0001" + "00000001" + "0003" + "616263" // TXT in the answers
        + "00" + "0006" + "0001" + "00000001" + "0001" + "00"; // SOA-ish in authority
    byte[] bytes = HexFormat.of().parseHex(message);
    DnsMessage parsed = DnsMessage.parse(bytes, 0, bytes.length);
    assertThat(parsed.rcode()).isEqualTo(DnsMessage.RCODE_NAME_ERROR);
    assertThat(parsed.answers()).isEmpty();
  }

  @Test
  void aPointerToItselfIsMalformedNotALoop() {
    assertMalformed("0001" + "8000" + "0001" + "0000" + "0000" + "0000" + "c00c" + "00010001",
        "compression pointer does not point backwards");
  }

  @Test
  void twoPointersToEachOtherAreMalformedNotALoop() {
    // A name at 12 is "a" then a pointer to 17; the name at 17 points back to 12.
    assertMalformed("0001" + "8000" + "0001" + "0000" + "0000" + "0000"
        + "0161" + "c011" + "00" + "c00c" + "00010001",
        "compression pointer does not point backwards");
  }

  @Test
  void rejectsTruncatedAndBadlyFormedMessages() {
    assertMalformed("0001" + "8000" + "0001", "shorter than the 12-byte header: 6");
    assertMalformed("0001" + "8000" + "0001" + "0000" + "0000" + "0000" + "05616263",
        "label runs past the message");
    assertMalformed("0001" + "8000" + "0001" + "0000" + "0000" + "0000" + "00" + "0001",
        "question runs past the message");
    assertMalformed("0001" + "8000" + "0000" + "0001" + "0000" + "0000"
        + "00" + "0001" + "0001" + "00000001" + "0005" + "0a000001", "record data runs past"
        + " the message");
    assertMalformed("0001" + "8000" + "0000" + "0001" + "0000" + "0000"
        + "00" + "0001" + "0001" + "00000001" + "0003" + "0a0000", "A record of 3 bytes");
    assertMalformed("0001" + "8000" + "0001" + "0000" + "0000" + "0000" + "4000",
        "unknown label type 1");
    assertMalformed("0001" + "8000" + "0001" + "0000" + "0000" + "0000"
        + ("3f" + "61".repeat(63)).repeat(4) + "00" + "00010001", "name longer than 255 bytes");
  }

  @Test
  void namesAreCheckedBeforeTheyAreSent() {
    assertThat(DnsName.isValid("kiln.test")).isTrue();
    assertThat(DnsName.isValid("kiln.test.")).isTrue();
    assertThat(DnsName.isValid("kiln..test")).isFalse();
    assertThat(DnsName.isValid("a".repeat(64) + ".test")).isFalse();
    assertThat(DnsName.isValid(("a".repeat(63) + ".").repeat(4))).isFalse();
    assertThat(DnsName.isValid("with space.test")).isFalse();
    assertThrows(IllegalArgumentException.class,
        () -> DnsMessage.query(1, "bad..name").emit(new byte[64], 0));
    assertThat(DnsName.same("Kiln.TEST.", "kiln.test")).isTrue();
  }

  @Test
  void emitsAndReadsAResponseWithTheRecordsItUses() throws Exception {
    DnsMessage response = new DnsMessage(7, true, 0, true, false, true, true, 0,
        List.of(new DnsMessage.Question("www.kiln.test", 1, 1)),
        List.of(DnsMessage.Answer.cname("www.kiln.test", 30, "kiln.test"),
            DnsMessage.Answer.a("kiln.test", 60, 0x0a00004d)));
    byte[] buffer = new byte[response.length()];
    assertThat(response.emit(buffer, 0)).isEqualTo(buffer.length);
    assertThat(DnsMessage.parse(buffer, 0, buffer.length)).isEqualTo(response);
  }

  private static void assertMalformed(String hex, String message) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    MalformedDnsException e = assertThrows(MalformedDnsException.class,
        () -> DnsMessage.parse(bytes, 0, bytes.length));
    assertThat(e).hasMessageThat().isEqualTo(message);
  }
}

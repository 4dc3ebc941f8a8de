package dev.kiln.net.dns;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class DnsPropertiesTest {
  @Property
  void parseOfEmitIsIdentity(@ForAll("messages") DnsMessage message) throws Exception {
    byte[] buffer = new byte[message.length() + 9];
    int length = message.emit(buffer, 9);
    assertThat(length).isEqualTo(message.length());
    assertThat(DnsMessage.parse(buffer, 9, length)).isEqualTo(message);
  }

  @Property
  void arbitraryBytesParseOrAreMalformed(@ForAll @Size(max = 512) byte[] bytes) {
    try {
      DnsMessage.parse(bytes, 0, bytes.length);
    } catch (MalformedDnsException expected) {
      // the only failure allowed
    }
  }

  /** Random bytes after a plausible header, so names and pointers get exercised. */
  @Property
  void arbitraryBodiesParseOrAreMalformed(@ForAll @Size(max = 300) byte[] body,
      @ForAll("counts") int questions, @ForAll("counts") int answers) {
    byte[] bytes = new byte[12 + body.length];
    bytes[2] = (byte) 0x81;
    bytes[5] = (byte) questions;
    bytes[7] = (byte) answers;
    System.arraycopy(body, 0, bytes, 12, body.length);
    try {
      DnsMessage.parse(bytes, 0, bytes.length);
    } catch (MalformedDnsException expected) {
      // the only failure allowed
    }
  }

  @Property
  void mutatedResponsesParseOrAreMalformed(@ForAll("messages") DnsMessage message,
      @ForAll @Size(min = 1, max = 6) List<Integer> positions, @ForAll byte value) {
    byte[] buffer = new byte[message.length()];
    int length = message.emit(buffer, 0);
    for (int position : positions) {
      buffer[Math.floorMod(position, length)] = value;
    }
    try {
      DnsMessage.parse(buffer, 0, length);
    } catch (MalformedDnsException expected) {
      // the only failure allowed
    }
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(0, 5);
  }

  @Provide
  Arbitrary<DnsMessage> messages() {
    Arbitrary<String> label = Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
        .ofMinLength(1).ofMaxLength(63);
    Arbitrary<String> name = label.list().ofMinSize(0).ofMaxSize(3).map(l -> String.join(".", l));
    Arbitrary<Long> ttl = Arbitraries.longs().between(0, 0xFFFF_FFFFL);
    Arbitrary<DnsMessage.Answer> a = Combinators.combine(name, ttl, Arbitraries.integers())
        .as(DnsMessage.Answer::a);
    Arbitrary<DnsMessage.Answer> cname = Combinators.combine(name, ttl, name)
        .as(DnsMessage.Answer::cname);
    Arbitrary<DnsMessage.Question> question = Combinators.combine(name,
        Arbitraries.integers().between(0, 0xFFFF), Arbitraries.integers().between(0, 0xFFFF))
        .as(DnsMessage.Question::new);
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    Arbitrary<DnsMessage> header = Combinators.combine(Arbitraries.integers().between(0, 0xFFFF),
        flag, Arbitraries.integers().between(0, 15), flag, flag, flag, flag,
        Arbitraries.integers().between(0, 15)).as((id, qr, opcode, aa, tc, rd, ra, rcode) ->
        new DnsMessage(id, qr, opcode, aa, tc, rd, ra, rcode, List.of(), List.of()));
    return Combinators.combine(header, question.list().ofMaxSize(2),
        Arbitraries.oneOf(a, cname).list().ofMaxSize(4)).as((h, questions, answers) ->
        new DnsMessage(h.id(), h.response(), h.opcode(), h.authoritative(), h.truncated(),
            h.recursionDesired(), h.recursionAvailable(), h.rcode(), questions, answers));
  }
}

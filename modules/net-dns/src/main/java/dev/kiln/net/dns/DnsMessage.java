package dev.kiln.net.dns;

import dev.kiln.api.net.Ipv4Address;
import java.util.ArrayList;
import java.util.List;

/**
 * A DNS message (RFC 1035 section 4): the header, the questions, and the answer records of the
 * types this resolver reads (A and CNAME; others are skipped on parse). Authority and additional
 * records are checked for shape and dropped. Names are emitted uncompressed and read with
 * compression.
 */
public record DnsMessage(int id, boolean response, int opcode, boolean authoritative,
    boolean truncated, boolean recursionDesired, boolean recursionAvailable, int rcode,
    List<Question> questions, List<Answer> answers) {
  public static final int TYPE_A = 1;
  public static final int TYPE_CNAME = 5;
  public static final int CLASS_IN = 1;
  public static final int RCODE_OK = 0;
  public static final int RCODE_FORMAT_ERROR = 1;
  public static final int RCODE_SERVER_FAILURE = 2;
  public static final int RCODE_NAME_ERROR = 3;
  public static final int RCODE_REFUSED = 5;
  static final int HEADER_LENGTH = 12;

  public DnsMessage {
    questions = List.copyOf(questions);
    answers = List.copyOf(answers);
  }

  /** A question: a name, a type and a class. */
  public record Question(String name, int type, int dnsClass) {}

  /**
   * An answer record of type A (with {@code address}, int form) or CNAME (with {@code target});
   * {@code ttlSeconds} is unsigned.
   */
  public record Answer(String name, int type, int dnsClass, long ttlSeconds, int address,
      String target) {
    public static Answer a(String name, long ttlSeconds, int address) {
      return new Answer(name, TYPE_A, CLASS_IN, ttlSeconds, address, "");
    }

    public static Answer cname(String name, long ttlSeconds, String target) {
      return new Answer(name, TYPE_CNAME, CLASS_IN, ttlSeconds, 0, target);
    }

    Answer withClass(int dnsClass) {
      return new Answer(name, type, dnsClass, ttlSeconds, address, target);
    }
  }

  /** A recursive query for the A records of {@code name}. */
  public static DnsMessage query(int id, String name) {
    return new DnsMessage(id, false, 0, false, false, true, false, RCODE_OK,
        List.of(new Question(name, TYPE_A, CLASS_IN)), List.of());
  }

  /** Bytes {@link #emit} writes. */
  public int length() {
    int length = HEADER_LENGTH;
    for (Question question : questions) {
      length += DnsName.encodedLength(question.name()) + 4;
    }
    for (Answer answer : answers) {
      length += DnsName.encodedLength(answer.name()) + 10 + (answer.type() == TYPE_A ? 4
          : DnsName.encodedLength(answer.target()));
    }
    return length;
  }

  /** Writes the message at {@code offset}; returns its length. */
  public int emit(byte[] buffer, int offset) {
    putU16(id, buffer, offset);
    putU16((response ? 0x8000 : 0) | (opcode & 0xF) << 11 | (authoritative ? 0x400 : 0)
        | (truncated ? 0x200 : 0) | (recursionDesired ? 0x100 : 0)
        | (recursionAvailable ? 0x80 : 0) | (rcode & 0xF), buffer, offset + 2);
    putU16(questions.size(), buffer, offset + 4);
    putU16(answers.size(), buffer, offset + 6);
    putU16(0, buffer, offset + 8);
    putU16(0, buffer, offset + 10);
    int p = offset + HEADER_LENGTH;
    for (Question question : questions) {
      p = DnsName.write(question.name(), buffer, p);
      putU16(question.type(), buffer, p);
      putU16(question.dnsClass(), buffer, p + 2);
      p += 4;
    }
    for (Answer answer : answers) {
      p = DnsName.write(answer.name(), buffer, p);
      putU16(answer.type(), buffer, p);
      putU16(answer.dnsClass(), buffer, p + 2);
      Ipv4Address.write((int) answer.ttlSeconds(), buffer, p + 4);
      if (answer.type() == TYPE_A) {
        putU16(4, buffer, p + 8);
        Ipv4Address.write(answer.address(), buffer, p + 10);
        p += 14;
      } else {
        int end = DnsName.write(answer.target(), buffer, p + 10);
        putU16(end - p - 10, buffer, p + 8);
        p = end;
      }
    }
    return p - offset;
  }

  /** Parses the message of {@code length} bytes at {@code offset}. */
  public static DnsMessage parse(byte[] buffer, int offset, int length)
      throws MalformedDnsException {
    if (length < HEADER_LENGTH) {
      throw new MalformedDnsException("shorter than the 12-byte header: " + length);
    }
    int limit = offset + length;
    int flags = u16(buffer, offset + 2);
    int questionCount = u16(buffer, offset + 4);
    int answerCount = u16(buffer, offset + 6);
    int otherCount = u16(buffer, offset + 8) + u16(buffer, offset + 10);
    int p = offset + HEADER_LENGTH;
    List<Question> questions = new ArrayList<>(Math.min(questionCount, 4));
    for (int i = 0; i < questionCount; i++) {
      DnsName.Read name = DnsName.read(buffer, offset, p, limit);
      p = name.end();
      need(p + 4, limit, "question");
      questions.add(new Question(name.name(), u16(buffer, p), u16(buffer, p + 2)));
      p += 4;
    }
    List<Answer> answers = new ArrayList<>(Math.min(answerCount, 8));
    for (int i = 0; i < answerCount + otherCount; i++) {
      DnsName.Read name = DnsName.read(buffer, offset, p, limit);
      p = name.end();
      need(p + 10, limit, "record");
      int type = u16(buffer, p);
      int dnsClass = u16(buffer, p + 2);
      long ttl = Ipv4Address.read(buffer, p + 4) & 0xFFFF_FFFFL;
      int dataLength = u16(buffer, p + 8);
      int data = p + 10;
      need(data + dataLength, limit, "record data");
      if (i < answerCount && type == TYPE_A) {
        if (dataLength != 4) {
          throw new MalformedDnsException("A record of " + dataLength + " bytes");
        }
        answers.add(Answer.a(name.name(), ttl, Ipv4Address.read(buffer, data))
            .withClass(dnsClass));
      } else if (i < answerCount && type == TYPE_CNAME) {
        DnsName.Read target = DnsName.read(buffer, offset, data, data + dataLength);
        if (target.end() != data + dataLength) {
          throw new MalformedDnsException("CNAME data longer than its name");
        }
        answers.add(Answer.cname(name.name(), ttl, target.name()).withClass(dnsClass));
      }
      p = data + dataLength;
    }
    return new DnsMessage(u16(buffer, offset), (flags & 0x8000) != 0, (flags >>> 11) & 0xF,
        (flags & 0x400) != 0, (flags & 0x200) != 0, (flags & 0x100) != 0,
        (flags & 0x80) != 0, flags & 0xF, questions, answers);
  }

  private static void need(int end, int limit, String what) throws MalformedDnsException {
    if (end > limit) {
      throw new MalformedDnsException(what + " runs past the message");
    }
  }

  private static int u16(byte[] buffer, int off) {
    return (buffer[off] & 0xFF) << 8 | (buffer[off + 1] & 0xFF);
  }

  private static void putU16(int value, byte[] buffer, int off) {
    buffer[off] = (byte) (value >>> 8);
    buffer[off + 1] = (byte) value;
  }
}

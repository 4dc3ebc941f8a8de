package dev.kiln.xen.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One XenStore wire message ({@code xsd_sockmsg}): a 16-byte header of four little-endian 32-bit
 * words (type, request id, transaction id, payload length) and the payload.
 */
public record XenStoreMessage(int type, int requestId, int transactionId, byte[] payload) {
  public static final int HEADER_SIZE = 16;
  /** The largest payload either side may send. */
  public static final int MAX_PAYLOAD = 4096;

  public static final int DIRECTORY = 1;
  public static final int READ = 2;
  public static final int WATCH = 4;
  public static final int UNWATCH = 5;
  public static final int TRANSACTION_START = 6;
  public static final int TRANSACTION_END = 7;
  public static final int WRITE = 11;
  public static final int MKDIR = 12;
  public static final int RM = 13;
  public static final int WATCH_EVENT = 15;
  public static final int ERROR = 16;

  public XenStoreMessage {
    if (payload.length > MAX_PAYLOAD) {
      throw new IllegalArgumentException("XenStore payload of " + payload.length
          + " bytes exceeds " + MAX_PAYLOAD);
    }
  }

  /** The message with its header, ready for the ring. */
  public byte[] encode() {
    byte[] out = new byte[HEADER_SIZE + payload.length];
    putInt(out, 0, type);
    putInt(out, 4, requestId);
    putInt(out, 8, transactionId);
    putInt(out, 12, payload.length);
    System.arraycopy(payload, 0, out, HEADER_SIZE, payload.length);
    return out;
  }

  /** The payload length a header announces. @throws XenStoreException if out of range */
  public static int payloadLength(byte[] header) throws XenStoreException {
    int length = getInt(header, 12);
    if (length < 0 || length > MAX_PAYLOAD) {
      throw new XenStoreException("EPROTO", "message announces " + Integer.toUnsignedString(length)
          + " payload bytes");
    }
    return length;
  }

  public static XenStoreMessage decode(byte[] header, byte[] payload) {
    return new XenStoreMessage(getInt(header, 0), getInt(header, 4), getInt(header, 8), payload);
  }

  /** Payload of NUL-terminated strings, each followed by its NUL. */
  public static byte[] strings(String... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
      out.write(0);
    }
    return out.toByteArray();
  }

  /** The payload split at NULs (a trailing NUL ends the last string, it does not add one). */
  public List<String> splitStrings() {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < payload.length; i++) {
      if (payload[i] == 0) {
        parts.add(new String(payload, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    if (start < payload.length) {
      parts.add(new String(payload, start, payload.length - start, StandardCharsets.UTF_8));
    }
    return parts;
  }

  /** The payload as one string, without a trailing NUL. */
  public String text() {
    int end = payload.length;
    if (end > 0 && payload[end - 1] == 0) {
      end--;
    }
    return new String(payload, 0, end, StandardCharsets.UTF_8);
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >>> 8);
    b[at + 2] = (byte) (v >>> 16);
    b[at + 3] = (byte) (v >>> 24);
  }

  private static int getInt(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16
        | (b[at + 3] & 0xff) << 24;
  }
}

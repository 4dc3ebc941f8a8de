package dev.kiln.http;

import dev.kiln.api.http.HttpMethod;
import dev.kiln.api.http.HttpStatus;
import dev.kiln.api.net.TcpConnection;
import dev.kiln.http.codec.AsciiWriter;
import dev.kiln.http.codec.EntityTags;
import dev.kiln.http.codec.HttpDate;
import dev.kiln.http.codec.RequestHead;

/**
 * The output side of one connection: encodes a committed {@link ServerResponse} (status line,
 * Date, the handler's fields, framing, Connection) into a reused output buffer, turns a matching
 * If-None-Match into 304 and HEAD into a bodiless answer, then writes head and body as TCP takes
 * them: a small body copied behind the head, a large one straight from the handler's array, a
 * {@link dev.kiln.api.http.BodySource} pulled into the buffer piece by piece, chunked when its
 * length is unknown.
 */
final class ResponseWriter {
  /** Bytes of the output buffer: a response head must fit. */
  static final int OUTPUT_BUFFER = 8192;
  /** Room in front of a chunk's data for its size line: four hex digits and CRLF. */
  private static final int CHUNK_PREFIX = 6;
  private static final byte[] LAST_CHUNK = {'0', '\r', '\n', '\r', '\n'};

  private enum Sending { NOTHING, BYTES, SOURCE, CHUNKS, UNTIL_CLOSE }

  private final HttpServer server;
  private final Runnable progress;
  private final byte[] out = new byte[OUTPUT_BUFFER];
  private final AsciiWriter writer = new AsciiWriter();
  private TcpConnection tcp;
  private ServerResponse response;
  private int outStart;
  private int outEnd;
  private Sending sending = Sending.NOTHING;
  private long sourceRemaining;
  private int status;
  private long bodyBytes;

  /** {@code progress} runs whenever TCP took some bytes. */
  ResponseWriter(HttpServer server, Runnable progress) {
    this.server = server;
    this.progress = progress;
  }

  void attach(TcpConnection connection) {
    tcp = connection;
    response = null;
    outStart = outEnd = 0;
    sending = Sending.NOTHING;
  }

  /** The status sent for the last response (after a 304 or 500 substitution). */
  int status() {
    return status;
  }

  /** Body bytes of the last response handed to TCP so far. */
  long bodyBytes() {
    return bodyBytes;
  }

  /** Queues an interim response (100 Continue) in front of whatever follows. */
  void interim(byte[] bytes) {
    System.arraycopy(bytes, 0, out, outEnd, bytes.length);
    outEnd += bytes.length;
  }

  /**
   * Encodes {@code response}, the answer to {@code head} (whose request line may not have been
   * parsed, for early errors). Returns whether the connection stays open afterwards.
   */
  boolean encode(ServerResponse response, RequestHead head, boolean parsed, boolean keepAlive) {
    this.response = response;
    HttpMethod method = parsed ? head.method() : null;
    boolean isHead = method == HttpMethod.HEAD;
    int code = response.status;
    if (code == HttpStatus.OK && (method == HttpMethod.GET || isHead)
        && notModified(response, head)) {
      code = HttpStatus.NOT_MODIFIED;
    }
    if (response.close) {
      keepAlive = false;
    }
    boolean http10 = parsed && head.minorVersion() == 0;
    long length;
    switch (response.body) {
      case BYTES: length = response.length; break;
      case SOURCE: length = response.sourceLength; break;
      case STREAM: length = -1; break;
      default: length = 0;
    }
    if (length < 0 && http10) {
      keepAlive = false; // the body ends when the connection does
    }
    boolean noBody = code == HttpStatus.NOT_MODIFIED || code == HttpStatus.NO_CONTENT;
    int start = outEnd;
    writeHead(code, noBody, length, http10, keepAlive, code == HttpStatus.NOT_MODIFIED);
    if (writer.overflowed()) {
      server.console().println("http: response head of " + response.headerCount
          + " fields does not fit " + OUTPUT_BUFFER + " bytes; answering 500");
      keepAlive = false;
      response.headerCount = 0;
      outEnd = start;
      code = HttpStatus.INTERNAL_SERVER_ERROR;
      noBody = true;
      writeHead(code, false, 0, http10, false, false);
    }
    outEnd = writer.position();
    status = code;
    bodyBytes = 0;
    sending = Sending.NOTHING;
    if (noBody || isHead) {
      return keepAlive;
    }
    switch (response.body) {
      case BYTES:
        if (response.length <= out.length - outEnd) {
          System.arraycopy(response.bytes, response.offset, out, outEnd, response.length);
          outEnd += response.length;
          bodyBytes = response.length;
        } else {
          sending = Sending.BYTES;
        }
        break;
      case SOURCE:
        sourceRemaining = response.sourceLength;
        sending = sourceRemaining > 0 ? Sending.SOURCE : Sending.NOTHING;
        break;
      case STREAM:
        sending = http10 ? Sending.UNTIL_CLOSE : Sending.CHUNKS;
        break;
      default:
        break;
    }
    return keepAlive;
  }

  private void writeHead(int code, boolean noBody, long length, boolean http10, boolean keepAlive,
      boolean notModified) {
    writer.reset(out, outEnd, out.length);
    writer.text("HTTP/1.1 ").decimal(code).text(" ").text(HttpStatus.reason(code)).crlf();
    if (response.find("date") < 0) {
      HttpDate date = server.date();
      writer.text("Date: ").bytes(date.format(server.clock().wallClockNanos()), 0,
          HttpDate.LENGTH).crlf();
    }
    for (int i = 0; i < response.headerCount; i++) {
      if (notModified && !keptIn304(response.names[i])) {
        continue;
      }
      writer.text(response.names[i]).text(": ").text(response.values[i]).crlf();
    }
    if (!noBody) {
      if (length >= 0) {
        writer.text("Content-Length: ").decimal(length).crlf();
      } else if (!http10) {
        writer.text("Transfer-Encoding: chunked").crlf();
      }
    }
    if (!keepAlive) {
      writer.text("Connection: close").crlf();
    } else if (http10) {
      writer.text("Connection: keep-alive").crlf();
    }
    writer.crlf();
  }

  /** Fields a 304 carries from the 200 it stands for (RFC 9110 15.4.5). */
  private static boolean keptIn304(String name) {
    return name.equalsIgnoreCase("etag") || name.equalsIgnoreCase("cache-control")
        || name.equalsIgnoreCase("content-location") || name.equalsIgnoreCase("expires")
        || name.equalsIgnoreCase("vary") || name.equalsIgnoreCase("date");
  }

  private static boolean notModified(ServerResponse response, RequestHead head) {
    int etag = response.find("etag");
    if (etag < 0) {
      return false;
    }
    String tag = response.values[etag];
    for (int i = head.find("if-none-match"); i >= 0; i = head.findFrom(i + 1, "if-none-match")) {
      if (EntityTags.noneMatchMatches(head.buffer(), head.valueStart(i), head.valueEnd(i), tag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes what is ready; true once everything queued (the response and its body) is with TCP,
   * false to wait for {@code onWritable} (or, if the connection was closed or aborted here, for
   * {@code onClosed}).
   */
  boolean flush() {
    while (true) {
      if (outStart < outEnd) {
        if (!writeOut()) {
          return false;
        }
        continue;
      }
      try {
        switch (sending) {
          case NOTHING:
            return true;
          case BYTES: {
            int position = response.offset + (int) bodyBytes;
            int left = response.length - (int) bodyBytes;
            int written = tcp.write(response.bytes, position, left);
            if (written < 0) {
              return false;
            }
            if (written > 0) {
              progress.run();
            }
            bodyBytes += written;
            if (written < left) {
              return false;
            }
            sending = Sending.NOTHING;
            return true;
          }
          case SOURCE: {
            if (sourceRemaining == 0) {
              sending = Sending.NOTHING;
              return true;
            }
            int count = response.source.read(out, 0, (int) Math.min(out.length, sourceRemaining));
            if (count <= 0) {
              server.console().println("http: body source ended " + sourceRemaining
                  + " bytes early; aborting the connection");
              tcp.abort();
              return false;
            }
            outStart = 0;
            outEnd = count;
            sourceRemaining -= count;
            bodyBytes += count;
            break;
          }
          case CHUNKS: {
            int max = out.length - CHUNK_PREFIX - 2;
            int count = response.source.read(out, CHUNK_PREFIX, max);
            if (count < 0) {
              System.arraycopy(LAST_CHUNK, 0, out, 0, LAST_CHUNK.length);
              outStart = 0;
              outEnd = LAST_CHUNK.length;
              sending = Sending.NOTHING;
              break;
            }
            if (count == 0 || count > max) {
              throw new IllegalStateException("body source read " + count + " of " + max);
            }
            outStart = chunkPrefix(count);
            outEnd = CHUNK_PREFIX + count;
            out[outEnd++] = '\r';
            out[outEnd++] = '\n';
            bodyBytes += count;
            break;
          }
          case UNTIL_CLOSE: {
            int count = response.source.read(out, 0, out.length);
            if (count < 0) {
              sending = Sending.NOTHING;
              return true;
            }
            if (count == 0 || count > out.length) {
              throw new IllegalStateException("body source read " + count + " of " + out.length);
            }
            outStart = 0;
            outEnd = count;
            bodyBytes += count;
            break;
          }
          default:
            throw new AssertionError(sending);
        }
      } catch (RuntimeException e) {
        server.console().println("http: body source failed: " + e + "; aborting the connection");
        tcp.abort();
        return false;
      }
    }
  }

  /** Writes the chunk size of {@code count} in hex just before its data; returns where it starts. */
  private int chunkPrefix(int count) {
    int at = CHUNK_PREFIX - 2;
    out[at] = '\r';
    out[at + 1] = '\n';
    do {
      int digit = count & 0xF;
      out[--at] = (byte) (digit < 10 ? '0' + digit : 'a' + digit - 10);
      count >>>= 4;
    } while (count != 0);
    return at;
  }

  /** Writes the output buffer; true once it is empty. */
  private boolean writeOut() {
    int written = tcp.write(out, outStart, outEnd - outStart);
    if (written < 0) {
      return false; // closed: onClosed follows
    }
    if (written > 0) {
      progress.run();
    }
    outStart += written;
    if (outStart < outEnd) {
      return false;
    }
    outStart = outEnd = 0;
    return true;
  }
}

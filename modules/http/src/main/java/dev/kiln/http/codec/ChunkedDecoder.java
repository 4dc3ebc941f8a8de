package dev.kiln.http.codec;

import dev.kiln.api.http.HttpStatus;

/**
 * Decodes the chunked transfer coding (RFC 9112 7.1) incrementally: feed it the bytes as they
 * arrive; it appends chunk data to a {@link BodyBuffer} and stops just after the last chunk's
 * trailer section, leaving later bytes (the next pipelined request) unconsumed. Chunk extensions
 * are skipped, trailer fields discarded; both are bounded.
 */
public final class ChunkedDecoder {
  /** {@link #decode} needs more bytes. */
  public static final int NEED_MORE = 0;
  /** {@link #decode} reached the end of the body. */
  public static final int DONE = 1;
  /** Bytes a chunk-size line may have, extensions included. */
  public static final int MAX_SIZE_LINE = 1024;

  private enum State { SIZE, EXTENSION, SIZE_LF, DATA, DATA_CR, DATA_LF, TRAILER_START, TRAILER,
    END_LF, DONE }

  private final int maxTrailerBytes;
  private State state = State.SIZE;
  private long chunkRemaining;
  private int sizeDigits;
  private int lineBytes;
  private int trailerBytes;
  private int consumed;

  public ChunkedDecoder(int maxTrailerBytes) {
    this.maxTrailerBytes = maxTrailerBytes;
  }

  public void reset() {
    state = State.SIZE;
    chunkRemaining = 0;
    sizeDigits = 0;
    lineBytes = 0;
    trailerBytes = 0;
    consumed = 0;
  }

  /** How many bytes the last {@link #decode} call used. */
  public int consumed() {
    return consumed;
  }

  /**
   * Decodes {@code source[from, to)} into {@code body}. Returns {@link #NEED_MORE} (all bytes
   * used), {@link #DONE} (the body ended after {@link #consumed()} bytes) or the status of the
   * error: 400 for malformed coding, 413 when the body would pass the buffer's maximum, 431 for
   * trailers beyond their bound.
   */
  public int decode(byte[] source, int from, int to, BodyBuffer body) {
    int i = from;
    try {
      while (i < to) {
        if (state == State.DATA) {
          int count = (int) Math.min(chunkRemaining, to - i);
          if (!body.append(source, i, count)) {
            return HttpStatus.CONTENT_TOO_LARGE;
          }
          i += count;
          chunkRemaining -= count;
          if (chunkRemaining == 0) {
            state = State.DATA_CR;
          }
          continue;
        }
        int b = source[i++] & 0xFF;
        switch (state) {
          case SIZE: {
            if (++lineBytes > MAX_SIZE_LINE) {
              return HttpStatus.BAD_REQUEST;
            }
            int digit = hex(b);
            if (digit >= 0) {
              chunkRemaining = chunkRemaining * 16 + digit;
              sizeDigits++;
              if (chunkRemaining > body.remaining()) {
                return HttpStatus.CONTENT_TOO_LARGE;
              }
            } else if (sizeDigits == 0) {
              return HttpStatus.BAD_REQUEST;
            } else if (b == ';' || b == ' ' || b == '\t') {
              state = State.EXTENSION;
            } else if (b == '\r') {
              state = State.SIZE_LF;
            } else if (b == '\n') {
              endSizeLine();
            } else {
              return HttpStatus.BAD_REQUEST;
            }
            break;
          }
          case EXTENSION:
            if (++lineBytes > MAX_SIZE_LINE) {
              return HttpStatus.BAD_REQUEST;
            }
            if (b == '\r') {
              state = State.SIZE_LF;
            } else if (b == '\n') {
              endSizeLine();
            } else if (!Ascii.isFieldValueChar(b)) {
              return HttpStatus.BAD_REQUEST;
            }
            break;
          case SIZE_LF:
            if (b != '\n') {
              return HttpStatus.BAD_REQUEST;
            }
            endSizeLine();
            break;
          case DATA_CR:
            if (b == '\r') {
              state = State.DATA_LF;
            } else if (b == '\n') {
              state = State.SIZE;
            } else {
              return HttpStatus.BAD_REQUEST;
            }
            break;
          case DATA_LF:
            if (b != '\n') {
              return HttpStatus.BAD_REQUEST;
            }
            state = State.SIZE;
            break;
          case TRAILER_START:
            if (b == '\r') {
              state = State.END_LF;
            } else if (b == '\n') {
              state = State.DONE;
              return DONE;
            } else {
              state = State.TRAILER;
              if (++trailerBytes > maxTrailerBytes) {
                return HttpStatus.HEADER_FIELDS_TOO_LARGE;
              }
            }
            break;
          case TRAILER:
            if (b == '\n') {
              state = State.TRAILER_START;
            } else if (b != '\r' && !Ascii.isFieldValueChar(b)) {
              return HttpStatus.BAD_REQUEST;
            }
            if (++trailerBytes > maxTrailerBytes) {
              return HttpStatus.HEADER_FIELDS_TOO_LARGE;
            }
            break;
          case END_LF:
            if (b != '\n') {
              return HttpStatus.BAD_REQUEST;
            }
            state = State.DONE;
            return DONE;
          case DONE:
            i--;
            return DONE;
          default:
            throw new AssertionError(state);
        }
      }
      return state == State.DONE ? DONE : NEED_MORE;
    } finally {
      consumed = i - from;
    }
  }

  private void endSizeLine() {
    lineBytes = 0;
    sizeDigits = 0;
    state = chunkRemaining == 0 ? State.TRAILER_START : State.DATA;
  }

  private static int hex(int b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }
}

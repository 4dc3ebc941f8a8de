package dev.kiln.http;

import dev.kiln.api.http.BodySource;
import dev.kiln.api.http.HttpResponse;
import dev.kiln.http.codec.Ascii;
import java.nio.charset.StandardCharsets;

/**
 * {@link HttpResponse} of one connection: collects the status, header fields and body the
 * handler chose, checks them, and on commit hands them to the {@link HttpConnection} to encode.
 */
final class ServerResponse implements HttpResponse {
  enum Body { EMPTY, BYTES, SOURCE, STREAM }

  private final HttpConnection connection;
  final String[] names = new String[MAX_HEADERS];
  final String[] values = new String[MAX_HEADERS];
  int headerCount;
  int status;
  boolean close;
  boolean committed;
  Body body;
  byte[] bytes;
  int offset;
  int length;
  BodySource source;
  long sourceLength;

  ServerResponse(HttpConnection connection) {
    this.connection = connection;
    reset();
  }

  void reset() {
    for (int i = 0; i < headerCount; i++) {
      names[i] = null;
      values[i] = null;
    }
    headerCount = 0;
    status = 200;
    close = false;
    committed = false;
    body = Body.EMPTY;
    bytes = null;
    source = null;
    offset = 0;
    length = 0;
    sourceLength = 0;
  }

  @Override
  public HttpResponse status(int code) {
    checkOpen();
    if (code < 200 || code > 599) {
      throw new IllegalArgumentException("status outside 200..599: " + code);
    }
    status = code;
    return this;
  }

  @Override
  public HttpResponse header(String name, String value) {
    checkOpen();
    if (!Ascii.isToken(name)) {
      throw new IllegalArgumentException("not a header field name: " + name);
    }
    if (Ascii.equalsIgnoreCase(name, "content-length")
        || Ascii.equalsIgnoreCase(name, "transfer-encoding")
        || Ascii.equalsIgnoreCase(name, "connection")) {
      throw new IllegalArgumentException(name + " is set by the server");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0xFF || !Ascii.isFieldValueChar(c)) {
        throw new IllegalArgumentException("character " + (int) c + " in the value of " + name);
      }
    }
    if (headerCount == MAX_HEADERS) {
      throw new IllegalStateException("more than " + MAX_HEADERS + " response header fields");
    }
    names[headerCount] = name;
    values[headerCount] = value;
    headerCount++;
    return this;
  }

  @Override
  public HttpResponse closeConnection() {
    checkOpen();
    close = true;
    return this;
  }

  @Override
  public void send(byte[] body, int offset, int length) {
    checkOpen();
    if (offset < 0 || length < 0 || offset > body.length - length) {
      throw new IndexOutOfBoundsException("range " + offset + "+" + length + " of " + body.length);
    }
    this.body = Body.BYTES;
    this.bytes = body;
    this.offset = offset;
    this.length = length;
    commit();
  }

  @Override
  public void send(String text) {
    checkOpen();
    if (find("content-type") < 0) {
      header("Content-Type", "text/plain; charset=utf-8");
    }
    send(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void sendEmpty() {
    checkOpen();
    body = Body.EMPTY;
    commit();
  }

  @Override
  public void send(BodySource source, long length) {
    checkOpen();
    if (length < 0) {
      throw new IllegalArgumentException("negative body length: " + length);
    }
    this.body = Body.SOURCE;
    this.source = source;
    this.sourceLength = length;
    commit();
  }

  @Override
  public void stream(BodySource source) {
    checkOpen();
    this.body = Body.STREAM;
    this.source = source;
    commit();
  }

  @Override
  public boolean committed() {
    return committed;
  }

  /** The index of the first header field named {@code name} (case-insensitive), or -1. */
  int find(String name) {
    for (int i = 0; i < headerCount; i++) {
      if (Ascii.equalsIgnoreCase(names[i], name)) {
        return i;
      }
    }
    return -1;
  }

  private void commit() {
    committed = true;
    connection.commit();
  }

  private void checkOpen() {
    if (committed) {
      throw new IllegalStateException("the response was sent already");
    }
  }
}

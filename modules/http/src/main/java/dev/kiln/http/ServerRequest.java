package dev.kiln.http;

import dev.kiln.api.http.HttpMethod;
import dev.kiln.api.http.HttpRequest;
import dev.kiln.api.net.TcpConnection;
import dev.kiln.http.codec.Ascii;
import dev.kiln.http.codec.BodyBuffer;
import dev.kiln.http.codec.RequestHead;
import java.nio.charset.StandardCharsets;

/** {@link HttpRequest} over a connection's parsed {@link RequestHead} and {@link BodyBuffer}. */
final class ServerRequest implements HttpRequest {
  private final RequestHead head;
  private final BodyBuffer body;
  private TcpConnection connection;

  ServerRequest(RequestHead head, BodyBuffer body) {
    this.head = head;
    this.body = body;
  }

  void attach(TcpConnection connection) {
    this.connection = connection;
  }

  @Override
  public HttpMethod method() {
    return head.method();
  }

  @Override
  public String path() {
    if (head.pathStart() == head.pathEnd()) {
      return "/";
    }
    return Ascii.string(head.buffer(), head.pathStart(), head.pathEnd());
  }

  @Override
  public boolean pathEquals(CharSequence path) {
    if (head.pathStart() == head.pathEnd()) {
      return path.length() == 1 && path.charAt(0) == '/';
    }
    return Ascii.equals(head.buffer(), head.pathStart(), head.pathEnd(), path);
  }

  @Override
  public boolean pathStartsWith(CharSequence prefix) {
    if (head.pathStart() == head.pathEnd()) {
      return prefix.length() == 0 || (prefix.length() == 1 && prefix.charAt(0) == '/');
    }
    return Ascii.startsWith(head.buffer(), head.pathStart(), head.pathEnd(), prefix);
  }

  @Override
  public String query() {
    int start = head.pathEnd() + 1;
    return start > head.targetEnd() ? "" : Ascii.string(head.buffer(), start, head.targetEnd());
  }

  @Override
  public int minorVersion() {
    return head.minorVersion();
  }

  @Override
  public int headerCount() {
    return head.headerCount();
  }

  @Override
  public String headerName(int index) {
    checkIndex(index);
    return head.name(index);
  }

  @Override
  public String headerValue(int index) {
    checkIndex(index);
    return head.value(index);
  }

  @Override
  public String header(String name) {
    int index = head.find(name);
    return index < 0 ? null : head.value(index);
  }

  @Override
  public boolean hasHeader(String name) {
    return head.find(name) >= 0;
  }

  @Override
  public int bodyLength() {
    return body.length();
  }

  @Override
  public byte[] bodyBuffer() {
    return body.array();
  }

  @Override
  public int bodyOffset() {
    return 0;
  }

  @Override
  public String bodyText() {
    return new String(body.array(), 0, body.length(), StandardCharsets.UTF_8);
  }

  @Override
  public int remoteAddress() {
    return connection.remoteAddress();
  }

  @Override
  public int remotePort() {
    return connection.remotePort();
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= head.headerCount()) {
      throw new IndexOutOfBoundsException("header " + index + " of " + head.headerCount());
    }
  }
}

package dev.kiln.examples.staticwebsite;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal HTTP/1.1 client on one socket, for the tests that must control the connection: many
 * requests on one keep-alive connection, pipelining, and HEAD followed by another request (which
 * fails to parse if the HEAD response carried a body). Responses are framed by Content-Length
 * only, which is what the site sends; anything else is an error.
 */
final class KeepAliveClient implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final String host;

  KeepAliveClient(String host, int port, int timeoutMillis) throws IOException {
    this.socket = new Socket();
    socket.connect(new InetSocketAddress(host, port), timeoutMillis);
    socket.setSoTimeout(timeoutMillis);
    socket.setTcpNoDelay(true);
    this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    this.out = socket.getOutputStream();
    this.host = host;
  }

  /** One response: the status, header fields by lower-case name, and the body. */
  record Response(int status, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** Sends one request with the given extra header lines (each without CRLF). */
  void send(String method, String path, String... headerLines) throws IOException {
    StringBuilder request = new StringBuilder()
        .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: ").append(host).append("\r\n");
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Reads the response to a request of {@code method}, sent earlier on this connection. */
  Response receive(String method) throws IOException {
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("connection closed before a response");
    }
    if (!statusLine.matches("HTTP/1\\.1 \\d{3} .*")) {
      throw new IOException("not a status line: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    Map<String, String> headers = new TreeMap<>();
    for (String field = line(); !field.isEmpty(); field = line()) {
      int colon = field.indexOf(':');
      if (colon <= 0) {
        throw new IOException("not a header field: " + field);
      }
      String name = field.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      if (headers.put(name, field.substring(colon + 1).trim()) != null) {
        throw new IOException("header field " + name + " sent twice");
      }
    }
    if (headers.containsKey("transfer-encoding")) {
      throw new IOException("unexpected Transfer-Encoding: " + headers.get("transfer-encoding"));
    }
    byte[] body = new byte[0];
    boolean bodiless = method.equals("HEAD") || status == 304 || status == 204 || status < 200;
    if (!bodiless) {
      String length = headers.get("content-length");
      if (length == null) {
        throw new IOException("a " + status + " response without Content-Length");
      }
      body = in.readNBytes(Integer.parseInt(length));
      if (body.length != Integer.parseInt(length)) {
        throw new IOException("body ended after " + body.length + " of " + length + " bytes");
      }
    }
    return new Response(status, headers, body);
  }

  /** {@link #send} then {@link #receive}. */
  Response exchange(String method, String path, String... headerLines) throws IOException {
    send(method, path, headerLines);
    return receive(method);
  }

  /** Whether the server has closed the connection (reads end of stream within the timeout). */
  boolean closedByServer() throws IOException {
    return in.read() < 0;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /** A CRLF-terminated line without the CRLF; null at end of stream before any byte. */
  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1
            : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
      }
      if (line.size() > 16 * 1024) {
        throw new IOException("a response line longer than 16 KiB");
      }
      line.write(c);
    }
    if (line.size() > 0) {
      throw new IOException("connection closed inside a line");
    }
    return null;
  }
}

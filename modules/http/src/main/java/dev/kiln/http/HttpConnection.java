package dev.kiln.http;

import dev.kiln.api.Timer;
import dev.kiln.api.http.HttpHandler;
import dev.kiln.api.http.HttpStatus;
import dev.kiln.api.net.TcpConnection;
import dev.kiln.http.codec.BodyBuffer;
import dev.kiln.http.codec.ChunkedDecoder;
import dev.kiln.http.codec.RequestFraming;
import dev.kiln.http.codec.RequestHead;
import dev.kiln.http.codec.RequestHeadParser;

/**
 * One HTTP connection: reads a request head into a fixed buffer and parses it in place, reads the
 * body, calls the handler, writes the response as the connection drains, then goes on with the
 * next (pipelined) request. While a response is being written no more input is read, so requests
 * are answered in order and a client that sends faster than it reads is slowed by TCP's window.
 *
 * <p>One timer per connection enforces the header timeout (408), the idle timeout and a bound on
 * how long a closing connection lingers; its deadline field moves without re-arming the timer,
 * which is re-armed only when it fires early. The object and its buffers are pooled by the {@link
 * HttpServer} and reused for later connections.
 */
final class HttpConnection implements TcpConnection.Handler {
  /** Bytes of input kept free after the longest head, to read bodies into. */
  static final int BODY_WINDOW = 2048;
  /** A body buffer grown beyond this is let go after its request. */
  static final int RETAINED_BODY = 64 * 1024;
  private static final byte[] CONTINUE = ascii("HTTP/1.1 100 Continue\r\n\r\n");

  private enum Phase { IDLE, HEAD, BODY, RESPONDING, CLOSING, CLOSED }

  private final HttpServer server;
  private final HttpConfig config;
  private final byte[] in;
  private final RequestHead head;
  private final RequestHeadParser parser;
  private final RequestFraming framing = new RequestFraming();
  private final ChunkedDecoder chunked;
  private final BodyBuffer body;
  private final ServerRequest request;
  private final ServerResponse response;
  private final ResponseWriter output;
  private final AccessLog log = new AccessLog();
  private final Runnable timerTask = this::timerFired;

  private TcpConnection tcp;
  private HttpHandler handler;
  private int port;
  private Phase phase = Phase.CLOSED;
  private int inStart;
  private int inEnd;
  private boolean inputEnded;
  private boolean keepAlive;
  private boolean stopping;
  private long bodyRemaining;
  private long requestStart;

  private Timer timer;
  private long deadline;

  private boolean pumping;
  private boolean pumpAgain;
  private boolean releasePending;

  HttpConnection(HttpServer server) {
    this.server = server;
    this.config = server.config();
    this.in = new byte[config.head().bufferSize() + BODY_WINDOW];
    this.head = new RequestHead(config.head().maxHeaders());
    this.parser = new RequestHeadParser(config.head());
    this.chunked = new ChunkedDecoder(config.head().maxHeaderBytes());
    this.body = new BodyBuffer(config.maxBodyBytes(), RETAINED_BODY);
    this.request = new ServerRequest(head, body);
    this.response = new ServerResponse(this);
    this.output = new ResponseWriter(server, this::touch);
  }

  /** Starts serving a newly accepted connection. */
  void open(TcpConnection connection, int port, HttpHandler handler) {
    this.tcp = connection;
    this.port = port;
    this.handler = handler;
    request.attach(connection);
    output.attach(connection);
    inStart = inEnd = 0;
    inputEnded = false;
    stopping = false;
    releasePending = false;
    connection.setNoDelay(true);
    startNextRequest(server.clock().monotonicNanos());
  }

  int port() {
    return port;
  }

  /** The port stopped serving: close after the current response, or now if between requests. */
  void stop() {
    stopping = true;
    if (phase == Phase.IDLE) {
      closeGracefully();
    }
  }

  // ---------------------------------------------------------------- TCP events

  @Override
  public void onReadable(TcpConnection connection) {
    if (connection == tcp) {
      pump();
    }
  }

  @Override
  public void onWritable(TcpConnection connection) {
    if (connection == tcp) {
      pump();
    }
  }

  @Override
  public void onClosed(TcpConnection connection, TcpConnection.CloseReason reason) {
    if (connection != tcp || phase == Phase.CLOSED) {
      return;
    }
    if (phase == Phase.RESPONDING && response.committed()) {
      logRequest(true); // the client went away before taking the whole response
    }
    phase = Phase.CLOSED;
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
    if (pumping) {
      releasePending = true;
    } else {
      release();
    }
  }

  private void release() {
    response.reset();
    body.clear();
    handler = null;
    tcp = null;
    output.attach(null);
    server.released(this);
  }

  // ---------------------------------------------------------------- the pump

  /** Makes all the progress possible now; safe against re-entry from TCP callbacks. */
  private void pump() {
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = true;
    try {
      do {
        pumpAgain = false;
        while (step()) {
          // keep going
        }
      } while (pumpAgain && phase != Phase.CLOSED);
    } finally {
      pumping = false;
      if (releasePending) {
        releasePending = false;
        release();
      }
    }
  }

  /** One step of the connection's work; false when it must wait for an event. */
  private boolean step() {
    switch (phase) {
      case IDLE:
      case HEAD:
        return readHead();
      case BODY:
        return readBody();
      case RESPONDING:
        return output.flush() && finishResponse();
      default:
        return false;
    }
  }

  private boolean readHead() {
    int result = parser.parse(in, inEnd, head);
    if (result == RequestHeadParser.COMPLETE) {
      if (phase == Phase.IDLE) {
        requestStarted();
      }
      inStart = head.end();
      return startBody();
    }
    if (result != RequestHeadParser.NEED_MORE) {
      fail(result);
      return true;
    }
    if (phase == Phase.IDLE && parser.started()) {
      requestStarted();
    }
    if (inputEnded) {
      closeGracefully(); // the client ended its side before (or instead of) a whole request
      return false;
    }
    if (inEnd == in.length) {
      // The limits stop a head before it fills the buffer; this only guards that reasoning.
      fail(HttpStatus.HEADER_FIELDS_TOO_LARGE);
      return true;
    }
    int read = tcp.read(in, inEnd, in.length - inEnd);
    if (read < 0) {
      inputEnded = true;
      return true;
    }
    if (read == 0) {
      return false;
    }
    inEnd += read;
    if (phase == Phase.IDLE) {
      requestStarted();
    }
    return true;
  }

  private void requestStarted() {
    phase = Phase.HEAD;
    requestStart = server.clock().monotonicNanos();
    setDeadline(requestStart + config.headerTimeoutNanos());
  }

  private boolean startBody() {
    int problem = framing.read(head, config.maxBodyBytes());
    if (problem != 0) {
      fail(problem);
      return true;
    }
    if (head.method() == null) {
      fail(HttpStatus.NOT_IMPLEMENTED);
      return true;
    }
    body.clear();
    switch (framing.body()) {
      case NONE:
        dispatch();
        return true;
      case LENGTH:
        bodyRemaining = framing.contentLength();
        break;
      case CHUNKED:
        chunked.reset();
        break;
      default:
        throw new AssertionError(framing.body());
    }
    phase = Phase.BODY;
    touch();
    if (framing.expectContinue() && inStart == inEnd) {
      output.interim(CONTINUE);
    }
    return true;
  }

  private boolean readBody() {
    if (!output.flush()) {
      return false; // only 100 Continue can be waiting here
    }
    if (framing.body() == RequestFraming.Body.CHUNKED) {
      if (inStart < inEnd) {
        int result = chunked.decode(in, inStart, inEnd, body);
        inStart += chunked.consumed();
        if (result == ChunkedDecoder.DONE) {
          dispatch();
          return true;
        }
        if (result != ChunkedDecoder.NEED_MORE) {
          fail(result);
          return true;
        }
      }
      inStart = inEnd = head.end(); // keep the head; reuse the space after it
      int read = readSome(in, inEnd, in.length - inEnd);
      inEnd += read;
      return read > 0;
    }
    if (bodyRemaining == 0) {
      dispatch();
      return true;
    }
    if (inStart < inEnd) {
      int count = (int) Math.min(bodyRemaining, inEnd - inStart);
      body.append(in, inStart, count);
      inStart += count;
      bodyRemaining -= count;
      return true;
    }
    inStart = inEnd = head.end();
    int remaining = (int) bodyRemaining;
    body.reserve(remaining);
    int read = readSome(body.array(), body.length(), remaining);
    body.advance(read);
    bodyRemaining -= read;
    return read > 0;
  }

  /**
   * Reads body bytes; returns how many arrived, 0 to wait. If the client ended its side before
   * the body did, there is nothing to answer: the connection closes and 0 is returned.
   */
  private int readSome(byte[] buffer, int offset, int length) {
    int read = tcp.read(buffer, offset, length);
    if (read < 0) {
      inputEnded = true;
      closeGracefully();
      return 0;
    }
    if (read > 0) {
      touch();
    }
    return read;
  }

  // ---------------------------------------------------------------- answering

  private void dispatch() {
    phase = Phase.RESPONDING;
    keepAlive = framing.keepAlive() && !stopping;
    response.reset();
    touch();
    try {
      handler.handle(request, response);
    } catch (Throwable e) {
      server.console().println("http: handler failed on " + request.method() + " "
          + request.path() + ": " + e);
      if (phase != Phase.RESPONDING) {
        return; // the connection closed meanwhile
      }
      if (!response.committed()) {
        answerError(HttpStatus.INTERNAL_SERVER_ERROR);
      }
      return;
    }
    if (phase == Phase.RESPONDING && !response.committed()) {
      server.console().println("http: handler returned without answering " + request.method()
          + " " + request.path());
      answerError(HttpStatus.INTERNAL_SERVER_ERROR);
    }
  }

  /** Answers a request that cannot be served with {@code code} and closes the connection. */
  private void fail(int code) {
    phase = Phase.RESPONDING;
    keepAlive = false;
    if (requestStart == 0) {
      requestStart = server.clock().monotonicNanos();
    }
    response.reset();
    answerError(code);
  }

  private void answerError(int code) {
    keepAlive = false;
    response.reset();
    response.status(code).send(HttpStatus.reason(code) + "\n");
  }

  /** Called by the response when the handler commits it. */
  void commit() {
    if (phase == Phase.RESPONDING) { // else the connection closed while the handler ran
      keepAlive = output.encode(response, head, parsedRequestLine(), keepAlive);
    }
  }

  private boolean parsedRequestLine() {
    return head.methodEnd() > 0;
  }

  /** The response is with TCP: log it, then close or go on with the next request. */
  private boolean finishResponse() {
    logRequest(false);
    server.answered();
    if (!keepAlive || stopping) {
      closeGracefully();
      return false;
    }
    startNextRequest(server.clock().monotonicNanos());
    return true;
  }

  private void startNextRequest(long now) {
    int leftover = inEnd - inStart;
    if (leftover > 0 && inStart > 0) {
      System.arraycopy(in, inStart, in, 0, leftover);
    }
    inStart = 0;
    inEnd = Math.max(leftover, 0);
    parser.reset();
    head.clear();
    body.clear();
    response.reset();
    requestStart = 0;
    phase = Phase.IDLE;
    setDeadline(now + config.idleTimeoutNanos());
  }

  private void logRequest(boolean aborted) {
    if (!config.accessLog()) {
      return;
    }
    boolean parsed = parsedRequestLine();
    long now = server.clock().monotonicNanos();
    server.console().println(log.format(tcp, parsed ? head.buffer() : null, head.methodStart(),
        head.methodEnd(), head.pathStart(), parsed ? head.pathEnd() : 0, output.status(),
        output.bodyBytes(), requestStart == 0 ? 0 : now - requestStart, aborted));
  }

  private void closeGracefully() {
    if (phase == Phase.CLOSING || phase == Phase.CLOSED) {
      return;
    }
    phase = Phase.CLOSING;
    setDeadline(server.clock().monotonicNanos() + config.headerTimeoutNanos());
    tcp.close();
  }

  // ---------------------------------------------------------------- time

  /** Progress: the idle deadline moves on (the header deadline does not). */
  private void touch() {
    if (phase == Phase.BODY || phase == Phase.RESPONDING) {
      setDeadline(server.clock().monotonicNanos() + config.idleTimeoutNanos());
    }
  }

  private void setDeadline(long at) {
    deadline = at;
    if (timer == null || timer.deadlineNanos() - at > 0) {
      if (timer != null) {
        timer.cancel();
      }
      timer = server.loop().at(at, timerTask);
    }
  }

  private void timerFired() {
    timer = null;
    if (phase == Phase.CLOSED) {
      return;
    }
    long now = server.clock().monotonicNanos();
    if (deadline - now > 0) {
      timer = server.loop().at(deadline, timerTask);
      return;
    }
    switch (phase) {
      case IDLE:
        closeGracefully();
        break;
      case HEAD:
      case BODY:
        fail(HttpStatus.REQUEST_TIMEOUT);
        pump();
        break;
      default: // RESPONDING: the client stopped taking the response; CLOSING: it never closed
        tcp.abort();
        break;
    }
  }

  private static byte[] ascii(String text) {
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) text.charAt(i);
    }
    return bytes;
  }
}

package dev.kiln.net.tcp;

import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Random;
import dev.kiln.api.Setting;
import dev.kiln.api.Timer;
import dev.kiln.api.net.Ipv4;
import dev.kiln.api.net.Tcp;
import dev.kiln.api.net.TcpConnection;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * TCP's demultiplexer: the listener and connection tables, the receive path from IPv4, resets
 * for segments nobody owns (RFC 9293 3.10.7.1), initial sequence numbers (RFC 9293 3.4.1), and
 * one event-loop timer per connection set from its {@link TcpSocket#pollAt()} deadline.
 */
@Singleton
public final class TcpLayer implements Tcp {
  /** Where a segment's payload starts in the scratch buffer: room for IPv4 and a full header. */
  static final int PAYLOAD_OFFSET = Ipv4.HEADROOM + TcpView.MAX_HEADER_LENGTH;
  private static final int FIRST_EPHEMERAL = 49152;
  public static final int MAX_LISTENERS = 16;

  private final Ipv4 ipv4;
  private final Clock clock;
  private final EventLoop loop;
  private final TcpConfig config;
  private final long secret;
  private final TcpView view = new TcpView();
  private final byte[] scratch;
  private final Listener[] listeners = new Listener[MAX_LISTENERS];
  private final TcpSocket[] sockets;
  private final Timer[] timers;
  private final Runnable[] timerTasks;
  private int socketCount;
  private int nextEphemeral;

  private long malformed;
  private long resetsSent;
  private long challengeAcks;
  private long retransmittedSegments;
  private long fastRetransmits;
  private long timeouts;

  @Inject
  public TcpLayer(Ipv4 ipv4, Clock clock, EventLoop loop, Random random,
      @Setting("tcp.send-buffer") int sendBuffer,
      @Setting("tcp.receive-buffer") int receiveBuffer,
      @Setting("tcp.msl-ms") int mslMillis,
      @Setting("tcp.min-rto-ms") int minRtoMillis) {
    this(ipv4, clock, loop, random, TcpConfig.DEFAULT.withBuffers(sendBuffer, receiveBuffer)
        .withMsl(mslMillis * 1_000_000L).withMinRto(minRtoMillis * 1_000_000L));
  }

  public TcpLayer(Ipv4 ipv4, Clock clock, EventLoop loop, Random random, TcpConfig config) {
    this.ipv4 = ipv4;
    this.clock = clock;
    this.loop = loop;
    this.config = config;
    this.secret = random.nextLong();
    this.nextEphemeral = FIRST_EPHEMERAL + (int) ((random.nextLong() >>> 1) % 16384);
    this.scratch = new byte[PAYLOAD_OFFSET + Math.max(ipv4.maxPayload(), 576)];
    this.sockets = new TcpSocket[config.maxConnections()];
    this.timers = new Timer[config.maxConnections()];
    this.timerTasks = new Runnable[config.maxConnections()];
    ipv4.onProtocol(Ipv4.PROTOCOL_TCP, this::receive);
  }

  static final class Listener {
    final int port;
    final int backlog;
    final AcceptHandler handler;
    int halfOpen;

    Listener(int port, int backlog, AcceptHandler handler) {
      this.port = port;
      this.backlog = backlog;
      this.handler = handler;
    }
  }

  // ---------------------------------------------------------------- Tcp

  @Override
  public void listen(int port, int backlog, AcceptHandler handler) {
    checkPort(port);
    if (backlog < 1) {
      throw new IllegalArgumentException("backlog below 1: " + backlog);
    }
    if (handler == null) {
      throw new NullPointerException("handler");
    }
    if (listener(port) != null) {
      throw new IllegalStateException("TCP port " + port + " is listened on already");
    }
    for (int i = 0; i < listeners.length; i++) {
      if (listeners[i] == null) {
        listeners[i] = new Listener(port, backlog, handler);
        return;
      }
    }
    throw new IllegalStateException("more than " + MAX_LISTENERS + " TCP ports listened on");
  }

  @Override
  public void unlisten(int port) {
    for (int i = 0; i < listeners.length; i++) {
      if (listeners[i] != null && listeners[i].port == port) {
        listeners[i] = null;
      }
    }
  }

  @Override
  public TcpConnection connect(int destination, int port, TcpConnection.Handler handler) {
    checkPort(port);
    if (handler == null) {
      throw new NullPointerException("handler");
    }
    int localPort = ephemeralPort(destination, port);
    int local = ipv4.address().address().value();
    TcpSocket socket = new TcpSocket(this, config, local, localPort, destination, port);
    add(socket);
    long now = clock.monotonicNanos();
    socket.openActive(now, handler, initialSequence(now, local, localPort, destination, port));
    reschedule(socket);
    return socket;
  }

  // ---------------------------------------------------------------- receive path

  private void receive(int source, int destination, int protocol, byte[] buffer,
      int headerOffset, int offset, int length) {
    try {
      view.wrap(source, destination, buffer, offset, length);
    } catch (MalformedTcpException e) {
      malformed++;
      return;
    }
    long now = clock.monotonicNanos();
    TcpSocket socket = find(source, view.sourcePort(), view.destinationPort());
    if (socket != null) {
      socket.segmentArrives(now, view);
      reschedule(socket);
      return;
    }
    Listener listener = listener(view.destinationPort());
    if (listener != null && !view.has(TcpView.RST)) {
      if (view.has(TcpView.ACK)) {
        sendReset(destination, source, view.destinationPort(), view.sourcePort(),
            view.acknowledgment(), 0, false);
      } else if (view.has(TcpView.SYN) && listener.halfOpen < listener.backlog
          && socketCount < sockets.length && destination == ipv4.address().address().value()) {
        TcpSocket accepted = new TcpSocket(this, config, destination, view.destinationPort(),
            source, view.sourcePort());
        add(accepted);
        listener.halfOpen++;
        accepted.openPassive(now, view, listener, initialSequence(now, destination,
            view.destinationPort(), source, view.sourcePort()));
        reschedule(accepted);
      }
      return; // a full backlog drops the SYN; the peer retries
    }
    if (listener == null && !view.has(TcpView.RST)
        && destination == ipv4.address().address().value()) {
      // RFC 9293 3.10.7.1: CLOSED answers everything but a reset with a reset.
      if (view.has(TcpView.ACK)) {
        sendReset(destination, source, view.destinationPort(), view.sourcePort(),
            view.acknowledgment(), 0, false);
      } else {
        sendReset(destination, source, view.destinationPort(), view.sourcePort(), 0,
            view.sequence() + view.sequenceLength(), true);
      }
    }
  }

  // ---------------------------------------------------------------- for sockets

  long now() {
    return clock.monotonicNanos();
  }

  byte[] scratch() {
    return scratch;
  }

  /** The MSS this host announces: the IPv4 payload without a TCP header. */
  int maxSegmentSize() {
    return ipv4.maxPayload() - TcpView.MIN_HEADER_LENGTH;
  }

  void send(int destination, byte[] buffer, int offset, int length) {
    ipv4.send(destination, Ipv4.PROTOCOL_TCP, buffer, offset, length);
  }

  void sendReset(int source, int destination, int sourcePort, int destinationPort, int seq,
      int ack, boolean withAck) {
    int offset = PAYLOAD_OFFSET - TcpView.MIN_HEADER_LENGTH;
    TcpView.write(source, destination, sourcePort, destinationPort, seq, ack,
        TcpView.RST | (withAck ? TcpView.ACK : 0), 0, 0, TcpView.ABSENT, TcpView.ABSENT, false,
        scratch, offset, 0);
    resetsSent++;
    send(destination, scratch, offset, TcpView.MIN_HEADER_LENGTH);
  }

  /**
   * Sets the connection's loop timer from its deadline. A timer already due no later is kept (it
   * finds nothing to do and reschedules), so moving the deadline later on every ACK costs no
   * allocation.
   */
  void reschedule(TcpSocket socket) {
    int index = indexOf(socket);
    if (index < 0) {
      return;
    }
    long deadline = socket.pollAt();
    Timer timer = timers[index];
    if (deadline == TcpSocket.NEVER || timer != null && timer.deadlineNanos() <= deadline) {
      return;
    }
    if (timer != null) {
      timer.cancel();
    }
    timers[index] = loop.at(deadline, timerTasks[index]);
  }

  void release(TcpSocket socket) {
    int index = indexOf(socket);
    if (index < 0) {
      return;
    }
    if (timers[index] != null) {
      timers[index].cancel();
      timers[index] = null;
    }
    sockets[index] = null;
    timerTasks[index] = null;
    socketCount--;
  }

  void countChallengeAck() {
    challengeAcks++;
  }

  void countRetransmittedSegment() {
    retransmittedSegments++;
  }

  void countFastRetransmit() {
    fastRetransmits++;
  }

  void countTimeout() {
    timeouts++;
  }

  // ---------------------------------------------------------------- tables

  private void add(TcpSocket socket) {
    for (int i = 0; i < sockets.length; i++) {
      if (sockets[i] == null) {
        sockets[i] = socket;
        timers[i] = null;
        timerTasks[i] = () -> timerFired(socket);
        socketCount++;
        return;
      }
    }
    throw new IllegalStateException("more than " + sockets.length + " TCP connections");
  }

  private void timerFired(TcpSocket socket) {
    int index = indexOf(socket);
    if (index < 0) {
      return;
    }
    timers[index] = null;
    if (clock.monotonicNanos() >= socket.pollAt()) {
      socket.timerExpires(clock.monotonicNanos());
    }
    reschedule(socket);
  }

  private int indexOf(TcpSocket socket) {
    for (int i = 0; i < sockets.length; i++) {
      if (sockets[i] == socket) {
        return i;
      }
    }
    return -1;
  }

  private TcpSocket find(int remote, int remotePort, int localPort) {
    for (TcpSocket socket : sockets) {
      if (socket != null && socket.matches(remote, remotePort, localPort)) {
        return socket;
      }
    }
    return null;
  }

  private Listener listener(int port) {
    for (Listener listener : listeners) {
      if (listener != null && listener.port == port) {
        return listener;
      }
    }
    return null;
  }

  private int ephemeralPort(int destination, int port) {
    for (int tries = 0; tries < 16384; tries++) {
      int candidate = nextEphemeral;
      nextEphemeral = candidate == 65535 ? FIRST_EPHEMERAL : candidate + 1;
      if (listener(candidate) == null && find(destination, port, candidate) == null) {
        return candidate;
      }
    }
    throw new IllegalStateException("no free ephemeral TCP port");
  }

  /** RFC 9293 3.4.1 (after RFC 6528): a 4 µs clock plus a keyed hash of the connection. */
  private int initialSequence(long now, int local, int localPort, int remote, int remotePort) {
    long h = secret ^ ((long) local << 32 | remote & 0xFFFF_FFFFL);
    h = mix(h) ^ ((long) localPort << 16 | remotePort);
    return (int) (now / 4000) + (int) mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static void checkPort(int port) {
    if (port < 1 || port > 0xFFFF) {
      throw new IllegalArgumentException("port out of 1..65535: " + port);
    }
  }

  // ---------------------------------------------------------------- counters

  /** Connections in any state but LISTEN, TIME-WAIT included. */
  public int connections() {
    return socketCount;
  }

  public long segmentsMalformed() {
    return malformed;
  }

  public long resetsSent() {
    return resetsSent;
  }

  public long challengeAcksSent() {
    return challengeAcks;
  }

  /** Segments sent again, by timeout, fast retransmit or partial acknowledgment. */
  public long retransmittedSegments() {
    return retransmittedSegments;
  }

  public long fastRetransmits() {
    return fastRetransmits;
  }

  public long retransmissionTimeouts() {
    return timeouts;
  }

  public TcpConfig config() {
    return config;
  }
}

package dev.kiln.net.tcp;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.net.Ipv4;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Ipv4Cidr;
import dev.kiln.api.net.TcpConnection;
import dev.kiln.api.net.TcpConnection.CloseReason;
import dev.kiln.net.testing.ManualEventLoop;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A TCP layer on a fake IPv4 with a peer the test scripts segment by segment: what the layer
 * sends is collected as {@link Segment}s, and the test answers with {@link #send}.
 */
final class ScriptedPeer {
  static final int LOCAL = 0x0a000002;
  static final int PEER = 0x0a000001;
  static final int PEER_PORT = 40000;
  static final int MSS = 1460;

  /** One segment the layer sent. */
  record Segment(TcpHeader header, byte[] payload) {
    boolean is(int flags) {
      return header.flags() == flags;
    }

    int seq() {
      return header.sequence();
    }

    int ack() {
      return header.acknowledgment();
    }

    String text() {
      return new String(payload, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
      return header + " +" + payload.length;
    }
  }

  final ManualEventLoop loop = new ManualEventLoop();
  final FakeIpv4 ipv4 = new FakeIpv4();
  final TcpLayer tcp;
  final List<String> events = new ArrayList<>();
  final StringBuilder received = new StringBuilder();

  ScriptedPeer() {
    this(TcpConfig.DEFAULT);
  }

  ScriptedPeer(TcpConfig config) {
    java.util.Random random = new java.util.Random(1);
    tcp = new TcpLayer(ipv4, loop, loop, random::nextLong, config);
  }

  /** A handler that records events and reads everything that arrives. */
  TcpConnection.Handler recorder() {
    return new TcpConnection.Handler() {
      @Override
      public void onConnected(TcpConnection c) {
        events.add("connected");
      }

      @Override
      public void onReadable(TcpConnection c) {
        byte[] buffer = new byte[65536];
        int n;
        while ((n = c.read(buffer, 0, buffer.length)) > 0) {
          received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        }
        if (n < 0) {
          events.add("eof");
        }
      }

      @Override
      public void onWritable(TcpConnection c) {
        events.add("writable");
      }

      @Override
      public void onClosed(TcpConnection c, CloseReason reason) {
        events.add("closed " + reason);
      }
    };
  }

  static final int PEER_ISS = 1000;
  static final int PORT = 7;
  /** Our initial sequence number, learned from the SYN or SYN,ACK. */
  int iss;
  TcpSocket socket;

  /**
   * Listens on {@link #PORT}, and the peer opens a connection to it with the window and scale
   * given ({@link TcpView#ABSENT} for none). Returns the accepted connection, ESTABLISHED.
   */
  TcpSocket accept(int peerWindow, int peerScale) {
    tcp.listen(PORT, 4, connection -> {
      socket = (TcpSocket) connection;
      events.add("accepted");
      return recorder();
    });
    send(new TcpHeader(PEER_PORT, PORT, PEER_ISS, 0, TcpView.SYN, peerWindow, 0, MSS,
        peerScale, false), "");
    Segment synAck = sentOne();
    assertThat(synAck.is(TcpView.SYN | TcpView.ACK)).isTrue();
    iss = synAck.seq();
    send(PORT, PEER_ISS + 1, iss + 1, TcpView.ACK, peerWindow, "");
    assertThat(sent()).isEmpty();
    assertThat(socket.state()).isEqualTo(TcpState.ESTABLISHED);
    events.clear();
    return socket;
  }

  /** The peer sends a segment to {@code port}. */
  void send(int port, int seq, int ack, int flags, int window, String text) {
    send(new TcpHeader(PEER_PORT, port, seq, ack, flags, window, 0, TcpView.ABSENT,
        TcpView.ABSENT, false), text);
  }

  void send(TcpHeader header, String text) {
    byte[] payload = text.getBytes(StandardCharsets.ISO_8859_1);
    byte[] buffer = new byte[Ipv4.HEADROOM + header.length() + payload.length];
    int offset = Ipv4.HEADROOM;
    System.arraycopy(payload, 0, buffer, offset + header.length(), payload.length);
    header.emit(PEER, LOCAL, buffer, offset, payload.length);
    ipv4.listener.datagram(PEER, LOCAL, Ipv4.PROTOCOL_TCP, buffer, offset - 20, offset,
        buffer.length - offset);
  }

  /** Segments the layer sent since the last call. */
  List<Segment> sent() {
    List<Segment> out = new ArrayList<>(ipv4.sent);
    ipv4.sent.clear();
    return out;
  }

  /** The one segment the layer sent since the last call. */
  Segment sentOne() {
    List<Segment> out = sent();
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  void advanceMillis(long millis) {
    loop.advance(millis * 1_000_000L);
  }

  /** An IPv4 that hands TCP's datagrams to the test. */
  static final class FakeIpv4 implements Ipv4 {
    Listener listener;
    final List<Segment> sent = new ArrayList<>();

    @Override
    public Ipv4Cidr address() {
      return Ipv4Cidr.of(Ipv4Address.of(LOCAL), 24);
    }

    @Override
    public int gateway() {
      return 0;
    }

    @Override
    public int maxPayload() {
      return MSS + 20;
    }

    @Override
    public void onProtocol(int protocol, Listener listener) {
      assertThat(protocol).isEqualTo(PROTOCOL_TCP);
      this.listener = listener;
    }

    @Override
    public void onUnhandled(Listener listener) {}

    @Override
    public boolean send(int destination, int protocol, byte[] buffer, int offset, int length) {
      assertThat(destination).isEqualTo(PEER);
      try {
        TcpHeader header = TcpHeader.parse(LOCAL, PEER, buffer, offset, length);
        int headerLength = ((buffer[offset + 12] & 0xFF) >>> 4) * 4;
        sent.add(new Segment(header,
            Arrays.copyOfRange(buffer, offset + headerLength, offset + length)));
      } catch (MalformedTcpException e) {
        throw new AssertionError("the layer sent a malformed segment", e);
      }
      return true;
    }
  }
}

package dev.kiln.http;

import static com.google.common.truth.Truth.assertThat;
import static dev.kiln.http.ServerFixture.SECOND;

import dev.kiln.api.http.Routes;
import dev.kiln.api.http.StaticContent;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.TcpConnection;
import dev.kiln.net.arp.ArpLayer;
import dev.kiln.net.ethernet.EthernetLayer;
import dev.kiln.net.ipv4.Ipv4Layer;
import dev.kiln.net.tcp.TcpConfig;
import dev.kiln.net.tcp.TcpLayer;
import dev.kiln.net.testing.LinkFaults;
import dev.kiln.net.testing.ManualEventLoop;
import dev.kiln.net.testing.SimulatedNetDevice;
import dev.kiln.net.testing.SimulatedNetwork;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The server on Kiln's own TCP stack: two whole stacks (Ethernet to TCP) on a seeded simulated
 * network, the client speaking raw HTTP bytes through the second stack's {@link TcpLayer}, as
 * the server runs on spt and virtio.
 */
class HttpOverKilnTcpTest {
  static final int SERVER = Ipv4Address.of(10, 0, 0, 2).value();

  /** A whole stack on one simulated device. */
  static final class Stack {
    final TcpLayer tcp;

    Stack(SimulatedNetwork network, ManualEventLoop loop, String name, long mac, String cidr,
        long seed) {
      SimulatedNetDevice device = network.attach(name, mac, 1500);
      EthernetLayer ethernet = new EthernetLayer(SimulatedNetwork.net(device), name);
      ArpLayer arp = new ArpLayer(ethernet, loop, loop);
      Ipv4Layer ipv4 = new Ipv4Layer(ethernet, arp, loop, loop, cidr, "", 64);
      Random random = new Random(seed);
      tcp = new TcpLayer(ipv4, loop, loop, random::nextLong,
          TcpConfig.DEFAULT.withMsl(SECOND));
    }
  }

  /** A client that records what it receives. */
  static final class RawClient implements TcpConnection.Handler {
    final ByteArrayOutputStream received = new ByteArrayOutputStream();
    final byte[] buffer = new byte[4096];
    TcpConnection.CloseReason closed;
    boolean ended;

    @Override
    public void onReadable(TcpConnection connection) {
      int read;
      while ((read = connection.read(buffer, 0, buffer.length)) > 0) {
        received.write(buffer, 0, read);
      }
      if (read < 0 && !ended) {
        ended = true;
        connection.close();
      }
    }

    @Override
    public void onClosed(TcpConnection connection, TcpConnection.CloseReason reason) {
      closed = reason;
    }

    String text() {
      return new String(received.toByteArray(), StandardCharsets.ISO_8859_1);
    }
  }

  final ManualEventLoop loop = new ManualEventLoop();
  final byte[] file = new byte[200_000];
  final RecordingConsole console = new RecordingConsole();

  private HttpServer serve(SimulatedNetwork network) {
    new Random(1).nextBytes(file);
    Stack server = new Stack(network, loop, "server", 0x02_00_00_00_00_02L, "10.0.0.2/24", 2);
    HttpServer http = new HttpServer(server.tcp, loop, loop, console, 80, HttpConfig.DEFAULT);
    http.serve(new Routes()
        .get("/file", new StaticContent(file, "application/octet-stream", "f1"))
        .get("/hello", (request, response) -> response.send("hello")));
    return http;
  }

  private static void send(TcpConnection connection, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(connection.write(bytes, 0, bytes.length)).isEqualTo(bytes.length);
  }

  @Test
  void keepAlivePipeliningAndALargeFileOverKilnsTcp() {
    SimulatedNetwork network = new SimulatedNetwork(loop, 7, LinkFaults.NONE);
    HttpServer http = serve(network);
    Stack clientStack = new Stack(network, loop, "client", 0x02_00_00_00_00_01L, "10.0.0.1/24", 1);
    RawClient client = new RawClient();
    TcpConnection connection = clientStack.tcp.connect(SERVER, 80, client);
    loop.advance(SECOND / 10);

    // Twenty requests one after another on one connection.
    for (int i = 0; i < 20; i++) {
      send(connection, "GET /hello HTTP/1.1\r\nHost: kiln\r\n\r\n");
      loop.advance(SECOND / 100);
    }
    assertThat(client.text().split("HTTP/1.1 200 OK\r\n", -1)).hasLength(21);
    assertThat(http.openConnections()).isEqualTo(1);

    // Three pipelined in one write, the middle one a 200 kB file, answered in order.
    client.received.reset();
    send(connection, "GET /hello HTTP/1.1\r\nHost: kiln\r\n\r\n"
        + "GET /file HTTP/1.1\r\nHost: kiln\r\n\r\n"
        + "GET /missing HTTP/1.1\r\nHost: kiln\r\nConnection: close\r\n\r\n");
    loop.advance(5 * SECOND);
    byte[] all = client.received.toByteArray();
    String text = client.text();
    int fileHead = text.indexOf("Content-Length: 200000\r\n");
    assertThat(text.indexOf("\r\n\r\nhello")).isLessThan(fileHead);
    int bodyStart = text.indexOf("\r\n\r\n", fileHead) + 4;
    assertThat(Arrays.copyOfRange(all, bodyStart, bodyStart + file.length)).isEqualTo(file);
    assertThat(text.substring(bodyStart + file.length)).startsWith("HTTP/1.1 404 Not Found\r\n");

    // The server closed after the third answer; both sides end and nothing leaks.
    loop.advance(5 * SECOND);
    assertThat(client.closed).isEqualTo(TcpConnection.CloseReason.CLOSED);
    assertThat(http.openConnections()).isEqualTo(0);
    assertThat(console.lines).hasSize(23);
    assertThat(console.lines.get(21)).contains(" GET /file 200 200000 ");
  }

  @Test
  void aConditionalGetOverALossyNetworkGets304() {
    SimulatedNetwork network = new SimulatedNetwork(loop, 11,
        new LinkFaults(0.05, 0.02, 0.0, 0.05, 100_000, 2_000_000));
    HttpServer http = serve(network);
    Stack clientStack = new Stack(network, loop, "client", 0x02_00_00_00_00_01L, "10.0.0.1/24", 1);
    RawClient client = new RawClient();
    TcpConnection connection = clientStack.tcp.connect(SERVER, 80, client);
    loop.advance(5 * SECOND);
    send(connection, "GET /file HTTP/1.1\r\nHost: kiln\r\n\r\n");
    loop.advance(60 * SECOND);
    byte[] all = client.received.toByteArray();
    String text = client.text();
    int bodyStart = text.indexOf("\r\n\r\n") + 4;
    assertThat(text).startsWith("HTTP/1.1 200 OK\r\n");
    assertThat(Arrays.copyOfRange(all, bodyStart, all.length)).isEqualTo(file);

    client.received.reset();
    send(connection, "GET /file HTTP/1.1\r\nHost: kiln\r\nIf-None-Match: \"f1\"\r\n"
        + "Connection: close\r\n\r\n");
    loop.advance(60 * SECOND);
    assertThat(client.text()).startsWith("HTTP/1.1 304 Not Modified\r\n");
    assertThat(client.text()).endsWith("Connection: close\r\n\r\n");
    assertThat(client.closed).isEqualTo(TcpConnection.CloseReason.CLOSED);
    assertThat(http.openConnections()).isEqualTo(0);
  }
}

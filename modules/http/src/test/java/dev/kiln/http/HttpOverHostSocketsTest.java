package dev.kiln.http;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.api.EventLoop;
import dev.kiln.api.http.Routes;
import dev.kiln.api.http.StaticContent;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server over the jvm target's host-socket {@link dev.kiln.api.net.Tcp} (JvmTcpModule) on
 * 127.0.0.1, with the real event loop on the test thread and real clients on another:
 * java.net.http's HttpClient and a raw socket. The loop runs until the clients are done and the
 * server has closed every connection; outcomes are asserted, never times.
 */
@Timeout(60)
class HttpOverHostSocketsTest {
  private final ExecutorService clients = Executors.newSingleThreadExecutor();
  private final RecordingConsole console = new RecordingConsole();
  private final byte[] file = new byte[150_000];

  @AfterEach
  void stopClients() {
    clients.shutdownNow();
  }

  /** Runs the loop on this thread until {@code client} (run on another) is done and all closed. */
  private <T> T serveWhile(Callable<T> client, int port, HttpConfig config) throws Exception {
    JvmHostComponent host = DaggerJvmHostComponent.create();
    EventLoop loop = host.loop();
    HttpServer server = new HttpServer(host.tcp(), loop, host.clock(), console, port, config);
    new Random(3).nextBytes(file);
    server.serve(new Routes()
        .get("/file", new StaticContent(file, "application/octet-stream", "v7"))
        .post("/echo", (request, response) -> response.send(request.bodyText().toUpperCase())));
    Future<T> result = clients.submit(client);
    loop.after(30_000_000_000L, () -> loop.exit(99)); // a guard: the test fails, not hangs
    Runnable[] poll = new Runnable[1];
    poll[0] = () -> {
      if (result.isDone() && server.openConnections() == 0) {
        loop.exit(0);
      } else {
        loop.after(5_000_000L, poll[0]);
      }
    };
    loop.soon(poll[0]);
    assertThat(loop.run()).isEqualTo(0);
    return result.get(1, TimeUnit.SECONDS);
  }

  @Test
  void javaHttpClientGetsFilesHeadAnd304AndEcho() throws Exception {
    int port = freePort();
    // A short idle timeout so that the server closes the client's pooled connection by itself.
    HttpConfig config = HttpConfig.DEFAULT.withTimeouts(5_000_000_000L, 200_000_000L);
    List<String> outcomes = serveWhile(() -> {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      URI uri = URI.create("http://127.0.0.1:" + port + "/file");
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        seen.add(response.statusCode() + " " + java.util.Arrays.equals(response.body(), file)
            + " " + response.headers().firstValue("etag").orElse("-"));
      }
      HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(uri)
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      seen.add("HEAD " + head.statusCode() + " " + head.body().length + " "
          + head.headers().firstValue("content-length").orElse("-"));
      HttpResponse<String> notModified = http.send(HttpRequest.newBuilder(uri)
          .header("If-None-Match", "\"v7\"").build(), HttpResponse.BodyHandlers.ofString());
      seen.add("conditional " + notModified.statusCode());
      HttpResponse<String> echo = http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/echo"))
          .POST(HttpRequest.BodyPublishers.ofString("shout")).build(),
          HttpResponse.BodyHandlers.ofString());
      seen.add("echo " + echo.statusCode() + " " + echo.body());
      return seen;
    }, port, config);
    for (int i = 0; i < 30; i++) {
      assertThat(outcomes.get(i)).isEqualTo("200 true \"v7\"");
    }
    assertThat(outcomes.subList(30, 33)).containsExactly(
        "HEAD 200 0 150000", "conditional 304", "echo 200 SHOUT").inOrder();
    assertThat(console.lines).hasSize(33);
  }

  @Test
  void aRawSocketKeepsItsConnectionGetsPipelinedAnswersInOrderThenTheServerCloses() throws Exception {
    int port = freePort();
    String output = serveWhile(() -> {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        socket.setSoTimeout(20_000);
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        // Keep-alive: one request, its whole answer, then more on the same connection.
        out.write("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nzero"
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        while (!first.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\nZERO")) {
          int b = in.read();
          if (b < 0) {
            return "closed early: " + first.toString(StandardCharsets.ISO_8859_1);
          }
          first.write(b);
        }
        out.write(("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "3\r\none\r\n0\r\n\r\n"
            + "GET /missing HTTP/1.1\r\nHost: h\r\n\r\n"
            + "POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nConnection: close\r\n\r\ntwo")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        in.transferTo(got); // until the server closes
        return got.toString(StandardCharsets.ISO_8859_1);
      }
    }, port, HttpConfig.DEFAULT);
    assertThat(console.lines).hasSize(4);
    String client = console.lines.get(0).split(" ")[1];
    for (String line : console.lines) {
      assertThat(line).startsWith("http: " + client + " "); // all on one connection
    }
    int one = output.indexOf("\r\n\r\nONE");
    int missing = output.indexOf("HTTP/1.1 404 Not Found");
    int two = output.indexOf("Connection: close\r\n\r\nTWO");
    assertThat(one).isGreaterThan(0);
    assertThat(missing).isGreaterThan(one);
    assertThat(two).isGreaterThan(missing);
    assertThat(output).endsWith("TWO");
  }

  private static int freePort() throws Exception {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }
}

package dev.kiln.examples.staticwebsite;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What static-website must do on every target, checked from outside with curl and with a raw
 * keep-alive client: every file of {@code src/main/kiln-assets} comes back byte-identical with its
 * Content-Type, Content-Length and ETag; a conditional GET with that ETag gets 304 without a body;
 * HEAD gets the header fields without a body; an unknown path gets 404; many requests on one
 * keep-alive connection and many connections at once all succeed. Each target's subclass starts
 * the image and says where it listens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StaticWebsiteContract {
  static final Path ASSETS = Path.of("src/main/kiln-assets");
  static final String BENCH_FILE = "1k.txt";
  static final int TIMEOUT_MILLIS = 120_000;

  /** Expected media types, by extension (what kv-ro's build step computes). */
  private static final Map<String, String> MEDIA_TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "png", "image/png",
      "txt", "text/plain; charset=utf-8");

  @TempDir
  Path scratch;

  /** Starts the image, or skips the class with the reason if this machine cannot run it. */
  abstract void startImage() throws Exception;

  /** Stops the image and everything it started. */
  abstract void stopImage() throws Exception;

  /** The address the site is reached at from this host. */
  abstract String host();

  abstract int port();

  /** Everything the image has printed so far. */
  abstract String consoleOutput();

  /** Requests sent one after another on one keep-alive connection. */
  int keepAliveRequests() {
    return 1000;
  }

  /** Connections open at once, each with a request in flight. */
  int concurrentConnections() {
    return 100;
  }

  @BeforeAll
  void start() throws Exception {
    assumeTrue(onPath("curl"), "needs curl");
    startImage();
  }

  @AfterAll
  void stop() throws Exception {
    stopImage();
  }

  @Test
  void servesEveryFileByteIdenticalWithItsHeaders() throws Exception {
    List<Path> files = assets();
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      String key = ASSETS.relativize(file).toString().replace('\\', '/');
      Fetched fetched = curl("/" + key);
      byte[] expected = Files.readAllBytes(file);
      assertWithMessage("status of /%s", key).that(fetched.status).isEqualTo(200);
      assertWithMessage("bytes of /%s", key).that(fetched.body).isEqualTo(expected);
      assertWithMessage("Content-Length of /%s", key).that(fetched.header("content-length"))
          .isEqualTo(Integer.toString(expected.length));
      assertWithMessage("Content-Type of /%s", key).that(fetched.header("content-type"))
          .isEqualTo(MEDIA_TYPES.get(extension(key)));
      assertWithMessage("ETag of /%s", key).that(fetched.header("etag"))
          .isEqualTo(expectedEtag(expected));
    }
    Fetched root = curl("/");
    assertThat(root.status).isEqualTo(200);
    assertThat(root.body).isEqualTo(Files.readAllBytes(ASSETS.resolve("index.html")));
    assertThat(root.header("content-type")).isEqualTo("text/html; charset=utf-8");
  }

  @Test
  void conditionalGetWithTheEtagGetsNotModified() throws Exception {
    String etag = expectedEtag(Files.readAllBytes(ASSETS.resolve("style.css")));
    Fetched notModified = curl("/style.css", "-H", "If-None-Match: " + etag);
    assertThat(notModified.status).isEqualTo(304);
    assertThat(notModified.body).isEmpty();
    assertThat(notModified.header("etag")).isEqualTo(etag);

    Fetched changed = curl("/style.css", "-H", "If-None-Match: \"0000000000000000\"");
    assertThat(changed.status).isEqualTo(200);
    assertThat(changed.body).isEqualTo(Files.readAllBytes(ASSETS.resolve("style.css")));
  }

  @Test
  void headSendsTheHeaderFieldsWithoutTheBody() throws Exception {
    Fetched head = curl("/kiln.png", "--head");
    assertThat(head.status).isEqualTo(200);
    assertThat(head.header("content-length"))
        .isEqualTo(Long.toString(Files.size(ASSETS.resolve("kiln.png"))));
    assertThat(head.header("content-type")).isEqualTo("image/png");

    // On one connection, a body after the HEAD response would be read as the next status line.
    try (KeepAliveClient client = new KeepAliveClient(host(), port(), TIMEOUT_MILLIS)) {
      client.send("HEAD", "/kiln.png");
      client.send("GET", "/" + BENCH_FILE);
      KeepAliveClient.Response headResponse = client.receive("HEAD");
      KeepAliveClient.Response get = client.receive("GET");
      assertThat(headResponse.status()).isEqualTo(200);
      assertThat(headResponse.body()).isEmpty();
      assertThat(get.status()).isEqualTo(200);
      assertThat(get.body()).isEqualTo(Files.readAllBytes(ASSETS.resolve(BENCH_FILE)));
    }
  }

  @Test
  void unknownPathsAndOtherMethodsAreRefused() throws Exception {
    assertThat(curl("/no-such-file.html").status).isEqualTo(404);
    assertThat(curl("/index.html/").status).isEqualTo(404);
    assertThat(curl("/%69ndex.html").status).isEqualTo(404);
    Fetched post = curl("/index.html", "-X", "POST", "--data", "x=1");
    assertThat(post.status).isEqualTo(405);
    assertThat(post.header("allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void logsEachRequestOnTheConsole() throws Exception {
    assertThat(curl("/access-log-probe").status).isEqualTo(404);
    String expected = " GET /access-log-probe 404 10 ";
    for (int i = 0; i < 300 && !consoleOutput().contains(expected); i++) {
      Thread.sleep(100);
    }
    assertThat(consoleOutput()).containsMatch("http: \\d+\\.\\d+\\.\\d+\\.\\d+:\\d+"
        + expected + "\\d+\\.\\d{3}ms");
  }

  @Test
  void manyRequestsOnOneKeepAliveConnection() throws Exception {
    byte[] expected = Files.readAllBytes(ASSETS.resolve(BENCH_FILE));
    String etag = expectedEtag(expected);
    int errors = 0;
    try (KeepAliveClient client = new KeepAliveClient(host(), port(), TIMEOUT_MILLIS)) {
      for (int i = 0; i < keepAliveRequests(); i++) {
        KeepAliveClient.Response response = client.exchange("GET", "/" + BENCH_FILE);
        boolean ok = response.status() == 200 && Arrays.equals(response.body(), expected)
            && etag.equals(response.header("etag")) && response.header("connection") == null;
        if (!ok) {
          errors++;
          System.out.println("request " + i + ": " + response.status() + " " + response.headers());
        }
      }
      // The connection is still usable: a last request that asks to close it.
      KeepAliveClient.Response last = client.exchange("GET", "/", "Connection: close");
      assertThat(last.status()).isEqualTo(200);
      assertThat(client.closedByServer()).isTrue();
    }
    System.out.println(getClass().getSimpleName() + ": " + keepAliveRequests()
        + " requests on one connection, " + errors + " errors");
    assertThat(errors).isEqualTo(0);
  }

  @Test
  void manyConnectionsAtOnce() throws Exception {
    byte[] expected = Files.readAllBytes(ASSETS.resolve(BENCH_FILE));
    int count = concurrentConnections();
    List<KeepAliveClient> clients = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      // Every connection is open before the first request, so the server holds them all at once.
      for (int i = 0; i < count; i++) {
        clients.add(new KeepAliveClient(host(), port(), TIMEOUT_MILLIS));
      }
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (KeepAliveClient client : clients) {
        Callable<String> twoRequests = () -> {
          go.await();
          for (int round = 0; round < 2; round++) {
            KeepAliveClient.Response response = client.exchange("GET", "/" + BENCH_FILE);
            if (response.status() != 200 || !Arrays.equals(response.body(), expected)) {
              return "round " + round + ": " + response.status() + " " + response.headers();
            }
          }
          return null;
        };
        results.add(pool.submit(twoRequests));
      }
      go.countDown();
      List<String> errors = new ArrayList<>();
      for (Future<String> result : results) {
        try {
          String error = result.get(2L * TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
          if (error != null) {
            errors.add(error);
          }
        } catch (ExecutionException e) {
          errors.add(e.getCause().toString());
        }
      }
      System.out.println(getClass().getSimpleName() + ": " + count
          + " connections at once, two requests each, " + errors.size() + " errors");
      assertThat(errors).isEmpty();
    } finally {
      pool.shutdownNow();
      for (KeepAliveClient client : clients) {
        client.close();
      }
    }
  }

  /** The files to serve, sorted. */
  static List<Path> assets() throws IOException {
    try (Stream<Path> walk = Files.walk(ASSETS)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** kv-ro's documented tag: the first 64 bits of the content's SHA-256, hex, quoted. */
  static String expectedEtag(byte[] content) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
    return "\"" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
  }

  /** One response as curl saw it. */
  record Fetched(int status, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name);
    }
  }

  /** GETs {@code path} (or what {@code options} make of it) with curl; a fresh connection. */
  Fetched curl(String path, String... options) throws Exception {
    Path headers = Files.createTempFile(scratch, "headers", ".txt");
    Path body = Files.createTempFile(scratch, "body", ".bin");
    List<String> command = new ArrayList<>(List.of("curl", "--silent", "--show-error",
        "--max-time", "60", "--dump-header", headers.toString(), "--output", body.toString()));
    command.addAll(List.of(options));
    command.add("http://" + host() + ":" + port() + path);
    Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed;
    try (InputStream out = curl.getInputStream()) {
      printed = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(curl.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertWithMessage("curl %s printed: %s", command, printed).that(curl.exitValue())
        .isEqualTo(0);
    List<String> lines = Files.readAllLines(headers, StandardCharsets.ISO_8859_1);
    assertWithMessage("curl %s wrote no status line", command).that(lines).isNotEmpty();
    int status = Integer.parseInt(lines.get(0).split(" ")[1]);
    Map<String, String> fields = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        fields.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    return new Fetched(status, fields, Files.readAllBytes(body));
  }

  private static String extension(String key) {
    return key.substring(key.lastIndexOf('.') + 1);
  }

  /** Prints how much kiln run printed and its last 2,000 characters (the access log is long). */
  static void printConsoleTail(String output) {
    System.out.println("kiln run printed " + output.lines().count() + " lines, the last:\n"
        + output.substring(Math.max(0, output.length() - 2000)));
  }

  static boolean onPath(String tool) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(directory, tool))) {
        return true;
      }
    }
    return false;
  }
}

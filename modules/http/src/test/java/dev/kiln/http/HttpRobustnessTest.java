package dev.kiln.http;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.kiln.http.ServerFixture.SECOND;

import dev.kiln.api.http.HttpMethod;
import dev.kiln.api.http.Routes;
import dev.kiln.api.http.StaticContent;
import dev.kiln.http.codec.HeadLimits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over many seeded random inputs: arbitrary bytes, and valid requests mutated (bytes
 * flipped, inserted, deleted, duplicated) and truncated, delivered in random pieces at random
 * times, never throw out of the server, and every connection ends closed (answered or not), with
 * the server's connection count back at zero: whether the client closes its side, resets, or goes
 * silent and never closes. Seeded JUnit loops rather than a property-testing library, so a failure
 * names the seed that reproduces it.
 */
class HttpRobustnessTest {
  static final HttpConfig CONFIG = HttpConfig.DEFAULT
      .withHead(new HeadLimits(128, 8, 512)).withMaxBodyBytes(256).withMaxConnections(4)
      .withTimeouts(5 * SECOND, 20 * SECOND).withAccessLog(false);

  static final String[] VALID = {
      "GET / HTTP/1.1\r\nHost: h\r\n\r\n",
      "GET /page HTTP/1.1\r\nHost: h\r\nIf-None-Match: \"t\"\r\n\r\n",
      "HEAD /page HTTP/1.1\r\nHost: h\r\n\r\n",
      "POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello",
      "POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\n\r\n",
      "PUT /echo HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok",
      "GET /throw HTTP/1.1\r\nHost: h\r\n\r\n",
      "GET /static/a/b?c=d HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
      "GET /stream HTTP/1.1\r\nHost: h\r\n\r\n",
      "DELETE /page HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
  };

  static Routes routes() {
    return new Routes()
        .get("/", (request, response) -> response.send("root"))
        .get("/page", new StaticContent("page".getBytes(StandardCharsets.US_ASCII), "text/plain", "t"))
        .route(null, "/echo", (request, response) ->
            response.send(Arrays.copyOf(request.bodyBuffer(), request.bodyLength())))
        .get("/throw", (request, response) -> {
          throw new IllegalStateException("handler failure");
        })
        .get("/stream", (request, response) -> response.stream(new dev.kiln.api.http.BodySource() {
          int left = 3;

          @Override
          public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
              return -1;
            }
            left--;
            buffer[offset] = 'x';
            return 1;
          }
        }))
        .prefix(HttpMethod.GET, "/static/", (request, response) -> response.send(request.path()));
  }

  @Test
  void arbitraryBytesNeverCrashTheServerNorLeakAConnection() {
    for (long seed = 0; seed < 1500; seed++) {
      Random random = new Random(seed);
      byte[] input = new byte[random.nextInt(700)];
      random.nextBytes(input);
      if (random.nextBoolean() && input.length > 4) {
        // Often start like a request, so the parser gets past the first bytes.
        System.arraycopy("GET ".getBytes(StandardCharsets.US_ASCII), 0, input, 0, 4);
      }
      run(seed, input, random);
    }
  }

  @Test
  void mutatedAndTruncatedRequestsNeverCrashTheServerNorLeakAConnection() {
    for (long seed = 0; seed < 3000; seed++) {
      Random random = new Random(seed);
      ByteArrayOutputStream pipeline = new ByteArrayOutputStream();
      int requests = 1 + random.nextInt(4);
      for (int i = 0; i < requests; i++) {
        pipeline.writeBytes(VALID[random.nextInt(VALID.length)].getBytes(StandardCharsets.ISO_8859_1));
      }
      byte[] input = mutate(pipeline.toByteArray(), random);
      run(seed, input, random);
    }
  }

  @Test
  void validPipelinesAreAllAnsweredInOrder() {
    for (long seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      ServerFixture fixture = new ServerFixture(CONFIG, routes());
      MemoryConnection client = fixture.connect();
      StringBuilder expectedPaths = new StringBuilder();
      StringBuilder input = new StringBuilder();
      int requests = 1 + random.nextInt(8);
      for (int i = 0; i < requests; i++) {
        String path = "/static/" + seed + "/" + i;
        input.append("GET ").append(path).append(" HTTP/1.1\r\nHost: h\r\n\r\n");
        expectedPaths.append(path);
      }
      ByteArrayOutputStream taken = new ByteArrayOutputStream();
      taken.writeBytes(deliver(fixture, client,
          input.toString().getBytes(StandardCharsets.ISO_8859_1), random));
      fixture.loop.runDue();
      taken.writeBytes(client.take());
      String output = new String(taken.toByteArray(), StandardCharsets.ISO_8859_1);
      StringBuilder paths = new StringBuilder();
      for (String part : output.split("HTTP/1.1 200 OK\r\n")) {
        int body = part.indexOf("\r\n\r\n");
        if (body >= 0) {
          paths.append(part.substring(body + 4));
        }
      }
      assertWithMessage("seed %s", seed).that(paths.toString()).isEqualTo(expectedPaths.toString());
    }
  }

  /** One connection gets {@code input}; then the client behaves in one of three ways. */
  private static void run(long seed, byte[] input, Random random) {
    ServerFixture fixture = new ServerFixture(CONFIG, routes());
    MemoryConnection client = fixture.connect();
    String context = "seed " + seed + ", input " + HexFormat.of().formatHex(input);
    try {
      ByteArrayOutputStream output = new ByteArrayOutputStream();
      output.writeBytes(deliver(fixture, client, input, random));
      int behaviour = random.nextInt(3);
      if (behaviour == 0) {
        client.finish(); // half-close: the server may still answer, then closes
      } else if (behaviour == 1 && random.nextBoolean()) {
        client.reset();
      } // else: the client goes silent and never closes; the timers must end it
      for (int step = 0; step < 200 && !client.isClosed(); step++) {
        fixture.loop.advance(SECOND);
        output.writeBytes(client.take());
        if (behaviour == 0 && client.serverFinished()) {
          client.clientClose();
        }
      }
      fixture.loop.runDue();
      output.writeBytes(client.take());
      assertWithMessage(context).that(client.isClosed()).isTrue();
      assertWithMessage(context).that(fixture.server.openConnections()).isEqualTo(0);
      String text = new String(output.toByteArray(), StandardCharsets.ISO_8859_1);
      if (!text.isEmpty()) {
        assertWithMessage(context).that(text).startsWith("HTTP/1.1 ");
      }
      assertWithMessage(context).that(fixture.loop.pending()).isEqualTo(0);
    } catch (RuntimeException | AssertionError e) {
      throw new AssertionError(context + ": " + e, e);
    }
  }

  /** Sends the input in random pieces, some of them after a random pause. */
  private static byte[] deliver(ServerFixture fixture, MemoryConnection client, byte[] input,
      Random random) {
    ByteArrayOutputStream taken = new ByteArrayOutputStream();
    int position = 0;
    while (position < input.length) {
      int piece = 1 + random.nextInt(Math.min(64, input.length - position));
      client.send(Arrays.copyOfRange(input, position, position + piece));
      position += piece;
      if (random.nextInt(8) == 0) {
        fixture.loop.advance(random.nextInt(3) * SECOND);
      }
      fixture.loop.runDue();
      taken.writeBytes(client.take());
    }
    return taken.toByteArray();
  }

  private static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original;
    int mutations = random.nextInt(4);
    for (int i = 0; i < mutations && bytes.length > 0; i++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(5)) {
        case 0: // flip a bit
          bytes = bytes.clone();
          bytes[at] ^= (byte) (1 << random.nextInt(8));
          break;
        case 1: { // insert random bytes
          byte[] inserted = new byte[1 + random.nextInt(8)];
          random.nextBytes(inserted);
          bytes = splice(bytes, at, at, inserted);
          break;
        }
        case 2: // delete a range
          bytes = splice(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(10)),
              new byte[0]);
          break;
        case 3: // duplicate a range
          bytes = splice(bytes, at, at, Arrays.copyOfRange(bytes, at,
              Math.min(bytes.length, at + 1 + random.nextInt(40))));
          break;
        default: // replace with a byte that matters to the syntax
          bytes = bytes.clone();
          bytes[at] = (byte) " \r\n:;\t0,\"".charAt(random.nextInt(9));
          break;
      }
    }
    if (random.nextInt(3) == 0) {
      bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)); // truncate
    }
    return bytes;
  }

  private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
    byte[] result = new byte[bytes.length - (to - from) + insert.length];
    System.arraycopy(bytes, 0, result, 0, from);
    System.arraycopy(insert, 0, result, from, insert.length);
    System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
    return result;
  }

  @Test
  void theFixtureItselfCountsConnections() {
    ServerFixture fixture = new ServerFixture(CONFIG, routes());
    MemoryConnection client = fixture.connect();
    assertThat(fixture.server.openConnections()).isEqualTo(1);
    client.reset();
    fixture.loop.runDue();
    assertThat(fixture.server.openConnections()).isEqualTo(0);
  }
}

package dev.kiln.examples.staticwebsite;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.cli.RunningKiln;
import dev.kiln.testing.LoopbackPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * static-website.jar under {@code kiln run}: the same site through the host's sockets (no Kiln
 * network stack), on a free port of 127.0.0.1 given at boot with {@code --http.port}.
 */
class StaticWebsiteJvmIT extends StaticWebsiteContract {
  private static final Path IMAGE = Path.of("target/static-website.jar");

  private RunningKiln image;
  private int port;

  @Override
  void startImage() throws Exception {
    assumeTrue(Files.isRegularFile(IMAGE), "target/static-website.jar was not built");
    port = LoopbackPorts.free();
    image = RunningKiln.start("run", IMAGE.toString(), "--", "--http.port=" + port,
        "--jvm.tcp.bind-address=127.0.0.1");
    assertThat(image.awaitLine("static-website: serving", Duration.ofSeconds(60))).isTrue();
    assertThat(image.output()).contains("static-website: serving 4 files on port " + port);
  }

  @Override
  void stopImage() throws Exception {
    if (image != null) {
      image.close();
      printConsoleTail(image.output());
    }
  }

  @Override
  String host() {
    return "127.0.0.1";
  }

  @Override
  int port() {
    return port;
  }

  @Override
  String consoleOutput() {
    return image.output();
  }
}

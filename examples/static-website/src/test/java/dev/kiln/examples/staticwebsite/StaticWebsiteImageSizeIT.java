package dev.kiln.examples.staticwebsite;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size aim: static-website.spt (HTTP, TCP/IP, the embedded site and the Java runtime
 * it uses) stays under 1.5 MB once stripped of symbols. Needs {@code strip} (binutils).
 */
class StaticWebsiteImageSizeIT {
  private static final Path IMAGE = Path.of("target/static-website.spt");
  private static final long AIM_BYTES = 1_500_000;

  @Test
  void strippedSptImageIsUnderOnePointFiveMegabytes(@TempDir Path scratch) throws Exception {
    assumeTrue(Files.isRegularFile(IMAGE), "target/static-website.spt was not built");
    assumeTrue(StaticWebsiteContract.onPath("strip"), "needs strip (binutils)");
    Path stripped = scratch.resolve("static-website.spt");
    Process strip = new ProcessBuilder("strip", "-o", stripped.toString(), IMAGE.toString())
        .redirectErrorStream(true).start();
    String printed = new String(strip.getInputStream().readAllBytes());
    assertThat(strip.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (strip.exitValue() != 0) {
      throw new IOException("strip failed: " + printed);
    }
    long size = Files.size(stripped);
    System.out.println("StaticWebsiteImageSizeIT: static-website.spt " + Files.size(IMAGE)
        + " bytes, stripped " + size + " bytes (aim: under " + AIM_BYTES + ")");
    assertThat(size).isLessThan(AIM_BYTES);
  }
}

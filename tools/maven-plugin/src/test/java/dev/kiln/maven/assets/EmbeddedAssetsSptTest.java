package dev.kiln.maven.assets;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.api.kv.KvRo;
import dev.kiln.build.image.ImageBuildException;
import dev.kiln.build.image.ImageBuildRequest;
import dev.kiln.build.image.ImageBuildResult;
import dev.kiln.build.image.ImageBuilder;
import dev.kiln.build.image.KilnRuntimeSources;
import dev.kiln.build.image.TeaVmSettings;
import dev.kiln.build.image.Toolchain;
import dev.kiln.kvro.EmbeddedKvRo;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a generated asset table through TeaVM's C backend and gcc into an spt image, boots it
 * under kiln-spt, and checks that every file comes back byte-identical in the native image: the
 * encoding's string constants must survive TeaVM's C string pool. Skips, saying why, without gcc,
 * the spt bindings or the tender (libseccomp-dev).
 */
class EmbeddedAssetsSptTest {
  private static final String PROBE = """
      package probe;

      import dev.kiln.api.kv.KvRo;
      import dev.kiln.kvro.EmbeddedKvRo;

      /** Prints what the image's KvRo holds, one line per key, then reads one file in pieces. */
      public final class AssetProbe {
        private AssetProbe() {}

        public static void main(String[] args) {
          KvRo store = new EmbeddedKvRo(new KilnAssets().files());
          for (String key : store.keys()) {
            KvRo.Entry entry = store.get(key);
            System.out.println(describe(entry, entry.bytes()));
          }
          KvRo.Entry big = store.get("img/random.png");
          byte[] copy = new byte[big.size()];
          byte[] piece = new byte[1460];
          int offset = 0;
          for (int count; (count = big.read(offset, piece, 0, piece.length)) > 0; offset += count) {
            System.arraycopy(piece, 0, copy, offset, count);
          }
          System.out.println("pieces " + describe(big, copy));
          System.out.println("missing " + store.exists("nope") + " " + (store.get("nope") == null));
        }

        static String describe(KvRo.Entry entry, byte[] content) {
          StringBuilder line = new StringBuilder();
          line.append(entry.key()).append(' ').append(entry.size()).append(' ')
              .append(entry.mimeType()).append(' ').append(entry.etag()).append(' ')
              .append(content.length).append(' ').append(Long.toHexString(fnv1a(content)));
          if (content.length <= 256) {
            line.append(' ');
            for (byte b : content) {
              line.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
          }
          return line.toString();
        }

        static long fnv1a(byte[] content) {
          long hash = 0xcbf29ce484222325L;
          for (byte b : content) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
          }
          return hash;
        }
      }
      """;

  private static final String NO_DEVICES_MANIFEST = """
      /* Manifest of the asset probe: no devices. */
      #include "kiln/manifest_abi.h"

      const MFT_NOTE_STRUCT(1) __solo5_mft1_note MFT_NOTE_ATTRIBUTES = {
          MFT_NOTE_PREAMBLE(1),
          .e = {MFT_RESERVED_ENTRY},
      };
      """;

  @TempDir Path work;

  @Test
  void everyFileComesBackByteIdenticalInAnSptImage() throws Exception {
    Toolchain toolchain = gcc();
    Path repo = repositoryRoot();
    Path spt = repo.resolve("targets/spt/src");
    skipUnless(Files.isRegularFile(spt.resolve("test/c/build.sh")), "the spt bindings build is not there");
    Path out = work.resolve("spt");
    Run bindings = run(120, "sh", spt.resolve("test/c/build.sh").toString(), out.toString());
    skipUnless(bindings.exit() == 0, "the spt bindings did not build:\n" + bindings.output());
    Run make = run(180, "make", "-C", spt.resolve("main/c/tender").toString(),
        "OUT=" + out.resolve("tender"));
    skipUnless(make.exit() == 0, "the kiln-spt tender did not build (libseccomp-dev missing?):\n"
        + make.output());

    List<Asset> assets = GeneratedTableRoundTripTest.sampleAssets();
    Path sources = work.resolve("src");
    AssetTableWriter.write(sources, "probe", "src/main/kiln-assets", assets);
    Files.writeString(sources.resolve("probe/AssetProbe.java"), PROBE);
    Path classes = work.resolve("classes");
    Javac.Result compiled = Javac.compile(sources, classes, List.of());
    assertWithMessage(compiled.diagnostics()).that(compiled.success()).isTrue();

    Path manifest = work.resolve("manifest/manifest.c");
    Files.createDirectories(manifest.getParent());
    Files.writeString(manifest, NO_DEVICES_MANIFEST);
    List<Path> classPath = List.of(classes, jarOf(EmbeddedKvRo.class), jarOf(KvRo.class),
        jarOf(dev.kiln.annotations.Capability.class));
    ImageBuildResult image;
    try {
      image = new ImageBuilder(toolchain).build(new ImageBuildRequest(
          new TeaVmSettings("probe.AssetProbe", classPath, 1, 64),
          new KilnRuntimeSources(repo.resolve("targets/solo5/src/main/c")),
          List.of(manifest), List.of(out.resolve("kiln_spt_bindings.o")), List.of(),
          Optional.of(spt.resolve("main/c/spt.lds")), work.resolve("build"),
          work.resolve("probe.spt"), true, List.of()));
    } catch (ImageBuildException e) {
      throw new AssertionError("building the probe image failed in step " + e.step() + ": "
          + e.detail(), e);
    }

    Run boot = run(60, out.resolve("tender/kiln-spt").toString(), "--mem=64",
        image.image().toString());

    StringBuilder expected = new StringBuilder();
    for (Asset asset : assets) {
      expected.append(line(asset, asset.content())).append('\n');
    }
    expected.append("pieces ").append(line(assets.get(3), assets.get(3).content())).append('\n');
    expected.append("missing false true\n");
    assertWithMessage(boot.output()).that(boot.exit()).isEqualTo(0);
    assertThat(boot.output()).contains(expected.toString());
    System.out.printf("spt asset probe: %d bytes of assets, stripped image %d bytes%n",
        assets.stream().mapToInt(asset -> asset.content().length).sum(), image.imageBytes());
  }

  /** The probe's line for an asset, computed here on the JVM from the source files. */
  private static String line(Asset asset, byte[] content) {
    StringBuilder line = new StringBuilder();
    line.append(asset.key()).append(' ').append(content.length).append(' ')
        .append(asset.mimeType()).append(' ').append(asset.etag()).append(' ')
        .append(content.length).append(' ').append(Long.toHexString(fnv1a(content)));
    if (content.length <= 256) {
      line.append(' ');
      for (byte b : content) {
        line.append(String.format("%02x", b & 0xff));
      }
    }
    return line.toString();
  }

  private static long fnv1a(byte[] content) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : content) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  private static Toolchain gcc() {
    try {
      return Toolchain.detect();
    } catch (ImageBuildException e) {
      skipUnless(false, "gcc is not usable on this machine: " + e.getMessage());
      throw new IllegalStateException(e);
    }
  }

  private static void skipUnless(boolean condition, String reason) {
    if (!condition) {
      System.out.println("SKIPPED: " + reason);
    }
    assumeTrue(condition, reason);
  }

  private static Path jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The nearest ancestor of the working directory holding Kiln's C runtime. */
  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("targets/solo5/src/main/c"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no targets/solo5/src/main/c above " + Path.of("").toAbsolutePath());
  }

  /** A finished process: exit status and everything it printed. */
  private record Run(int exit, String output) {}

  private static Run run(int timeoutSeconds, String... command)
      throws IOException, InterruptedException {
    File log = File.createTempFile("kiln-assets-run", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log).start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(String.join(" ", command) + " did not finish in "
            + timeoutSeconds + " s; it printed:\n"
            + Files.readString(log.toPath(), StandardCharsets.UTF_8));
      }
      return new Run(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log.toPath());
    }
  }
}

package dev.kiln.maven.assets;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.kiln.api.kv.KvRo;
import dev.kiln.kvro.AssetTable;
import dev.kiln.kvro.EmbeddedKvRo;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a generated table with javac and reads every file back through kv-ro: the encoder here
 * and the decoder there must agree byte for byte, and the literals must fit the class file.
 */
class GeneratedTableRoundTripTest {
  @TempDir Path work;

  static List<Asset> sampleAssets() {
    byte[] allBytes = new byte[256];
    for (int i = 0; i < 256; i++) {
      allBytes[i] = (byte) i;
    }
    byte[] mebibyte = new byte[1 << 20];
    new Random(42).nextBytes(mebibyte);
    byte[] oneChunk = new byte[ChunkEncoder.CHUNK_BYTES];
    new Random(43).nextBytes(oneChunk);
    byte[] oneChunkAndOne = new byte[ChunkEncoder.CHUNK_BYTES + 1];
    new Random(44).nextBytes(oneChunkAndOne);
    byte[] ones = new byte[1000];
    java.util.Arrays.fill(ones, (byte) 0xff);
    List<Asset> assets = new ArrayList<>(List.of(
        Asset.of("all-bytes.bin", allBytes),
        Asset.of("css/site.css", "body { color: #333; }\n".getBytes(StandardCharsets.UTF_8)),
        Asset.of("empty.txt", new byte[0]),
        Asset.of("img/random.png", mebibyte),
        Asset.of("index.html", "<!doctype html><p>caf\u00e9 \u2603</p>\n"
            .getBytes(StandardCharsets.UTF_8)),
        Asset.of("ones.bin", ones),
        Asset.of("z/chunk.bin", oneChunk),
        Asset.of("z/chunk1.bin", oneChunkAndOne)));
    return assets;
  }

  @Test
  void everyFileComesBackByteIdentical() throws Exception {
    List<Asset> assets = sampleAssets();
    AssetTableWriter.write(work.resolve("src"), "com.example.site", "src/main/kiln-assets",
        assets);

    Javac.Result compiled = Javac.compile(work.resolve("src"), work.resolve("classes"), List.of());

    assertWithMessage(compiled.diagnostics()).that(compiled.success()).isTrue();
    KvRo store = load(work.resolve("classes"), "com.example.site.KilnAssets");
    assertThat(store.keys()).containsExactlyElementsIn(
        assets.stream().map(Asset::key).toList()).inOrder();
    for (Asset asset : assets) {
      KvRo.Entry entry = store.get(asset.key());
      assertWithMessage(asset.key()).that(entry.bytes()).isEqualTo(asset.content());
      assertThat(entry.size()).isEqualTo(asset.content().length);
      assertThat(entry.mimeType()).isEqualTo(asset.mimeType());
      assertThat(entry.etag()).isEqualTo(asset.etag());
    }
    assertThat(store.get("index.html").mimeType()).isEqualTo("text/html; charset=utf-8");
  }

  @Test
  void readingInPiecesGivesTheSameBytes() throws Exception {
    List<Asset> assets = sampleAssets();
    AssetTableWriter.write(work.resolve("src"), "p", "assets", assets);
    assertThat(Javac.compile(work.resolve("src"), work.resolve("classes"), List.of()).success())
        .isTrue();
    KvRo.Entry entry = load(work.resolve("classes"), "p.KilnAssets").get("img/random.png");

    byte[] copy = new byte[entry.size()];
    byte[] piece = new byte[1460];
    int offset = 0;
    for (int count; (count = entry.read(offset, piece, 0, piece.length)) > 0; offset += count) {
      System.arraycopy(piece, 0, copy, offset, count);
    }

    assertThat(offset).isEqualTo(1 << 20);
    assertThat(copy).isEqualTo(assets.get(3).content());
  }

  private static KvRo load(Path classes, String tableClass) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        GeneratedTableRoundTripTest.class.getClassLoader());
    Constructor<?> constructor = loader.loadClass(tableClass).getDeclaredConstructor();
    constructor.setAccessible(true);
    AssetTable table = (AssetTable) constructor.newInstance();
    return new EmbeddedKvRo(table.files());
  }
}

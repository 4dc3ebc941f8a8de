package dev.kiln.maven.assets;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetFolderTest {
  private static final AssetLimits ROOMY = new AssetLimits(1 << 20, 1 << 22);

  @TempDir Path folder;

  private void write(String key, String content) throws Exception {
    Path file = folder.resolve(key);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  @Test
  void filesBecomeAssetsSortedByKeyWithTypesAndTags() throws Exception {
    write("index.html", "<h1>hi</h1>");
    write("css/site.css", "h1{}");
    write("img/empty.png", "");
    write("a.txt", "abc");

    List<Asset> assets = AssetFolder.read(folder, "site", ROOMY);

    assertThat(assets.stream().map(Asset::key).toList())
        .containsExactly("a.txt", "css/site.css", "img/empty.png", "index.html").inOrder();
    Asset text = assets.get(0);
    assertThat(text.mimeType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(text.etag()).isEqualTo("\"ba7816bf8f01cfea\"");
    assertThat(text.content()).isEqualTo(new byte[] {'a', 'b', 'c'});
    assertThat(assets.get(2).content()).isEmpty();
    assertThat(assets.get(2).etag()).isEqualTo("\"e3b0c44298fc1c14\"");
    assertThat(assets.get(2).mimeType()).isEqualTo("image/png");
  }

  @Test
  void anEmptyFolderGivesNoAssets() throws Exception {
    assertThat(AssetFolder.read(folder, "site", ROOMY)).isEmpty();
  }

  @Test
  void aMissingFolderIsAnError() {
    AssetsException error = assertThrows(AssetsException.class,
        () -> AssetFolder.read(folder.resolve("nope"), "src/main/nope", ROOMY));

    assertThat(error).hasMessageThat().isEqualTo("Kiln: the asset folder src/main/nope does not"
        + " exist or is not a directory. Fix: create it, or point <assetDirectory> at the folder"
        + " to embed.");
  }

  @Test
  void everyProblemIsListedAtOnce() throws Exception {
    write("my page.html", "x");
    write("big.bin", "0123456789");
    write("ok.txt", "fine");

    AssetsException error = assertThrows(AssetsException.class,
        () -> AssetFolder.read(folder, "site", new AssetLimits(8, 100)));

    assertThat(error).hasMessageThat().isEqualTo("Kiln: cannot embed site:\n"
        + "  site/big.bin is 10 bytes; the limit per file is 8 (<assetMaxFileBytes>)\n"
        + "  site/my page.html: its name is not a valid key: character U+0020 at index 2 is not"
        + " allowed; keys use letters, digits and -._~!$&'()*+,;=:@ in segments separated by '/'\n"
        + "Fix: rename or remove those files, or raise the limit.");
  }

  @Test
  void theTotalIsLimitedToo() throws Exception {
    write("a.bin", "123456");
    write("b.bin", "123456");

    AssetsException error = assertThrows(AssetsException.class,
        () -> AssetFolder.read(folder, "site", new AssetLimits(8, 10)));

    assertThat(error).hasMessageThat()
        .contains("  site holds 12 bytes; the limit is 10 (<assetMaxTotalBytes>)\n");
  }

  @Test
  void theNumberOfFilesIsLimited() throws Exception {
    for (int i = 0; i <= AssetLimits.MAX_FILES; i++) {
      Files.createFile(folder.resolve("f" + i));
    }

    AssetsException error = assertThrows(AssetsException.class,
        () -> AssetFolder.read(folder, "site", ROOMY));

    assertThat(error).hasMessageThat().contains("  site holds 8193 files; the limit is 8192\n");
  }

  @Test
  void aLinkToADirectoryIsRejectedRatherThanSkipped() throws Exception {
    Path elsewhere = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-x"));
    Files.createSymbolicLink(folder.resolve("linked"), elsewhere);

    AssetsException error = assertThrows(AssetsException.class,
        () -> AssetFolder.read(folder, "site", ROOMY));

    assertThat(error).hasMessageThat().contains("  site/linked is not a regular file");
  }
}

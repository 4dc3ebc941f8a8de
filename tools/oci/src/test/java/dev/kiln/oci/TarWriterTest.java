package dev.kiln.oci;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarWriterTest {
  private static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path temp;

  @Test
  void writesUstarHeadersWithOwnerZeroTheGivenTimeAndModes() throws IOException {
    Path big = temp.resolve("big");
    byte[] bigContent = new byte[1000];
    for (int i = 0; i < bigContent.length; i++) {
      bigContent[i] = (byte) i;
    }
    Files.write(big, bigContent);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarWriter tar = new TarWriter(bytes, WHEN)) {
      tar.directory("unikernel/", 0755);
      tar.file("unikernel/big.bin", 0755, big);
      tar.file("urunc.json", 0644, "{}".getBytes(StandardCharsets.UTF_8));
    }
    byte[] archive = bytes.toByteArray();
    // three headers, 1000 bytes padded to 1024, 2 bytes padded to 512, two end blocks
    assertThat(archive.length).isEqualTo(512 * 3 + 1024 + 512 + 1024);

    List<TarReader.Entry> entries = TarReader.read(new ByteArrayInputStream(archive));
    assertThat(entries).hasSize(3);
    assertThat(entries.get(0).name()).isEqualTo("unikernel/");
    assertThat(entries.get(0).isDirectory()).isTrue();
    assertThat(entries.get(0).mode()).isEqualTo(0755);
    assertThat(entries.get(1).content()).isEqualTo(bigContent);
    assertThat(entries.get(1).mode()).isEqualTo(0755);
    assertThat(entries.get(2).mode()).isEqualTo(0644);
    for (TarReader.Entry entry : entries) {
      assertThat(entry.uid()).isEqualTo(0);
      assertThat(entry.gid()).isEqualTo(0);
      assertThat(entry.mtime()).isEqualTo(WHEN.getEpochSecond());
      assertThat(entry.magic()).isEqualTo("ustar");
    }
    // the header's literal bytes: the octal fields ustar defines
    assertThat(new String(archive, 100, 7, StandardCharsets.US_ASCII)).isEqualTo("0000755");
    assertThat(new String(archive, 136, 11, StandardCharsets.US_ASCII))
        .isEqualTo(Long.toOctalString(WHEN.getEpochSecond()));
    assertThat((char) archive[156]).isEqualTo('5');
  }

  @Test
  void sameEntriesGiveTheSameBytes() throws IOException {
    assertThat(archive("a")).isEqualTo(archive("a"));
    assertThat(archive("a")).isNotEqualTo(archive("b"));
  }

  @Test
  void aCorruptedHeaderIsReportedByTheReader() throws IOException {
    byte[] archive = archive("a");
    archive[0] ^= 1;
    IOException error = assertThrows(IOException.class,
        () -> TarReader.read(new ByteArrayInputStream(archive)));
    assertThat(error).hasMessageThat().contains("checksum");
  }

  @Test
  void aTruncatedArchiveIsReportedByTheReader() throws IOException {
    byte[] archive = archive("a");
    byte[] cut = java.util.Arrays.copyOf(archive, 512 + 100);
    assertThrows(IOException.class, () -> TarReader.read(new ByteArrayInputStream(cut)));
  }

  @Test
  void refusesNamesTarCannotHoldSafely() {
    TarWriter tar = new TarWriter(new ByteArrayOutputStream(), WHEN);
    byte[] none = new byte[0];
    assertThrows(IllegalArgumentException.class, () -> tar.file("/etc/passwd", 0644, none));
    assertThrows(IllegalArgumentException.class, () -> tar.file("../up", 0644, none));
    assertThrows(IllegalArgumentException.class, () -> tar.file("a/../../b", 0644, none));
    assertThrows(IllegalArgumentException.class, () -> tar.file("x".repeat(101), 0644, none));
    assertThrows(IllegalArgumentException.class, () -> tar.file("a", 010000, none));
    assertThrows(IllegalArgumentException.class, () -> tar.directory("noslash", 0755));
  }

  @Test
  void refusesTimesBeforeTheEpoch() {
    assertThrows(IllegalArgumentException.class,
        () -> new TarWriter(new ByteArrayOutputStream(), Instant.parse("1969-12-31T23:59:59Z")));
  }

  private static byte[] archive(String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarWriter tar = new TarWriter(bytes, WHEN)) {
      tar.file("file", 0644, content.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}

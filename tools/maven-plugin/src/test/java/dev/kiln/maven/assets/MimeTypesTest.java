package dev.kiln.maven.assets;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class MimeTypesTest {
  @Test
  void knownExtensions() {
    assertThat(MimeTypes.of("index.html")).isEqualTo("text/html; charset=utf-8");
    assertThat(MimeTypes.of("css/site.css")).isEqualTo("text/css; charset=utf-8");
    assertThat(MimeTypes.of("js/app.js")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(MimeTypes.of("data.json")).isEqualTo("application/json");
    assertThat(MimeTypes.of("logo.svg")).isEqualTo("image/svg+xml");
    assertThat(MimeTypes.of("logo.png")).isEqualTo("image/png");
    assertThat(MimeTypes.of("photo.jpg")).isEqualTo("image/jpeg");
    assertThat(MimeTypes.of("photo.jpeg")).isEqualTo("image/jpeg");
    assertThat(MimeTypes.of("anim.gif")).isEqualTo("image/gif");
    assertThat(MimeTypes.of("favicon.ico")).isEqualTo("image/x-icon");
    assertThat(MimeTypes.of("robots.txt")).isEqualTo("text/plain; charset=utf-8");
    assertThat(MimeTypes.of("fonts/a.woff2")).isEqualTo("font/woff2");
    assertThat(MimeTypes.of("app.wasm")).isEqualTo("application/wasm");
    assertThat(MimeTypes.of("feed.xml")).isEqualTo("application/xml");
    assertThat(MimeTypes.of("paper.pdf")).isEqualTo("application/pdf");
  }

  @Test
  void caseOfTheExtensionDoesNotMatter() {
    assertThat(MimeTypes.of("INDEX.HTML")).isEqualTo("text/html; charset=utf-8");
    assertThat(MimeTypes.of("Photo.JpG")).isEqualTo("image/jpeg");
  }

  @Test
  void unknownOrMissingExtensionsAreOctetStreams() {
    assertThat(MimeTypes.of("archive.tar.zst")).isEqualTo("application/octet-stream");
    assertThat(MimeTypes.of("LICENSE")).isEqualTo("application/octet-stream");
    assertThat(MimeTypes.of("trailing.")).isEqualTo("application/octet-stream");
    assertThat(MimeTypes.of(".html")).isEqualTo("application/octet-stream");
    assertThat(MimeTypes.of("dir.html/file")).isEqualTo("application/octet-stream");
  }
}

package dev.kiln.site;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void headingsGetAnchorsAndParagraphsJoinTheirLines() {
    assertThat(Markdown.toHtml("# Writing a module\n\nOne\ntwo.\n"))
        .isEqualTo("<h1 id=\"writing-a-module\">Writing a module</h1>\n<p>One two.</p>\n");
  }

  @Test
  void codeBlocksAreEscapedAndKeptVerbatim() {
    assertThat(Markdown.toHtml("```java\nif (a < b) {\n  x();\n}\n```\n")).isEqualTo(
        "<pre><code class=\"language-java\">if (a &lt; b) {\n  x();\n}\n</code></pre>\n");
  }

  @Test
  void listsWithContinuationLines() {
    assertThat(Markdown.toHtml("1. first\n   more\n2. second\n\n- a\n- b\n")).isEqualTo(
        "<ol>\n<li>first more</li>\n<li>second</li>\n</ol>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
  }

  @Test
  void tablesKeepPipesInsideCode() {
    assertThat(Markdown.toHtml("| a | b |\n|---|---|\n| `x|y` | **z** |\n")).isEqualTo(
        "<table>\n<tr><th>a</th><th>b</th></tr>\n"
            + "<tr><td><code>x|y</code></td><td><strong>z</strong></td></tr>\n</table>\n");
  }

  @Test
  void linksToGuidesPointAtTheirPagesAndTextIsEscaped() {
    assertThat(Markdown.inline("see [the guide](writing-a-module.md#build) & <b> *now*"))
        .isEqualTo("see <a href=\"writing-a-module.html#build\">the guide</a> &amp; &lt;b&gt;"
            + " <em>now</em>");
    assertThat(Markdown.inline("[x](https://example.org/a.md)"))
        .isEqualTo("<a href=\"https://example.org/a.md\">x</a>");
  }

  @Test
  void identifiersWithStarsOrUnderscoresAreNotEmphasis() {
    assertThat(Markdown.inline("a_b_c and 2 * 3 * 4")).isEqualTo("a_b_c and 2 * 3 * 4");
  }
}

package dev.kiln.site;

import static dev.kiln.site.Markdown.escape;

/** The frame every page shares: title, style, navigation, and the main content. */
final class PageLayout {
  private static final String STYLE = String.join("\n",
      "body{font-family:Helvetica,Arial,sans-serif;margin:0;color:#222;line-height:1.45}",
      "header{background:#3a2a1a;padding:0.6em 2em}header a{color:#fde8c8;margin-right:1.2em;"
          + "text-decoration:none}header a.home{font-weight:bold}",
      "main{max-width:64em;margin:1.5em auto;padding:0 2em}",
      "table{border-collapse:collapse;margin:0.5em 0 1.5em}",
      "th,td{border:1px solid #ccc;padding:0.25em 0.6em;text-align:left;vertical-align:top}",
      "th{background:#f3f3f3}pre{background:#f6f6f6;padding:0.8em;overflow-x:auto;white-space:pre-wrap}",
      "code{font-size:0.95em}.note{color:#555}");

  private PageLayout() {}

  static String page(String title, String content) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + " — Kiln</title>\n<style>\n" + STYLE + "\n</style>\n"
        + "</head>\n<body>\n<header><nav>"
        + "<a class=\"home\" href=\"index.html\">Kiln</a>"
        + "<a href=\"getting-started.html\">Getting started</a>"
        + "<a href=\"modules.html\">Modules</a>"
        + "<a href=\"targets.html\">Targets</a>"
        + "<a href=\"blueprints.html\">Blueprints</a>"
        + "<a href=\"errors.html\">Errors</a>"
        + "</nav></header>\n<main>\n" + content + "</main>\n</body>\n</html>\n";
  }
}

package dev.kiln.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Markdown to HTML converter for the guides: ATX headings, paragraphs, fenced code
 * blocks, bullet and numbered lists (one level, with continuation lines), pipe tables, and inline
 * code, bold, emphasis and links. Links to {@code .md} files become links to the {@code .html}
 * pages the site makes of them. Everything else is text, escaped.
 */
public final class Markdown {
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
  private static final Pattern BULLET = Pattern.compile("^[-*]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\d+[.)]\\s+(.*)$");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");
  private static final Pattern INLINE = Pattern.compile(
      "`([^`]+)`|\\*\\*(.+?)\\*\\*|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)|(?<![\\w*])\\*([^*\\s][^*]*?)\\*(?![\\w*])");

  private Markdown() {}

  /** The HTML of a whole document. */
  public static String toHtml(String markdown) {
    List<String> lines = markdown.replace("\r\n", "\n").lines().toList();
    StringBuilder html = new StringBuilder();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      String trimmed = line.trim();
      Matcher heading = HEADING.matcher(trimmed);
      if (trimmed.isEmpty()) {
        i++;
      } else if (trimmed.startsWith("```")) {
        String language = trimmed.substring(3).trim();
        StringBuilder code = new StringBuilder();
        i++;
        while (i < lines.size() && !lines.get(i).trim().startsWith("```")) {
          code.append(lines.get(i)).append('\n');
          i++;
        }
        i++;
        html.append("<pre><code").append(language.isEmpty() ? ""
                : " class=\"language-" + escape(language) + "\"").append('>')
            .append(escape(code.toString())).append("</code></pre>\n");
      } else if (heading.matches()) {
        int level = heading.group(1).length();
        String text = heading.group(2);
        html.append("<h").append(level).append(" id=\"").append(anchor(text)).append("\">")
            .append(inline(text)).append("</h").append(level).append(">\n");
        i++;
      } else if (trimmed.startsWith("|") && i + 1 < lines.size()
          && TABLE_RULE.matcher(lines.get(i + 1).trim()).matches()) {
        i = table(lines, i, html);
      } else if (BULLET.matcher(trimmed).matches() || NUMBERED.matcher(trimmed).matches()) {
        i = list(lines, i, html);
      } else {
        StringBuilder paragraph = new StringBuilder();
        while (i < lines.size() && !lines.get(i).trim().isEmpty() && !startsBlock(lines, i)) {
          paragraph.append(paragraph.length() == 0 ? "" : " ").append(lines.get(i).trim());
          i++;
        }
        html.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
      }
    }
    return html.toString();
  }

  /** The first level-one heading's text, or null. */
  public static String title(String markdown) {
    for (String line : markdown.lines().toList()) {
      if (line.startsWith("# ")) {
        return line.substring(2).trim();
      }
    }
    return null;
  }

  private static boolean startsBlock(List<String> lines, int i) {
    String trimmed = lines.get(i).trim();
    return trimmed.startsWith("```") || HEADING.matcher(trimmed).matches()
        || BULLET.matcher(trimmed).matches() || NUMBERED.matcher(trimmed).matches()
        || (trimmed.startsWith("|") && i + 1 < lines.size()
            && TABLE_RULE.matcher(lines.get(i + 1).trim()).matches());
  }

  private static int list(List<String> lines, int i, StringBuilder html) {
    boolean numbered = NUMBERED.matcher(lines.get(i).trim()).matches();
    html.append(numbered ? "<ol>\n" : "<ul>\n");
    List<String> items = new ArrayList<>();
    while (i < lines.size()) {
      String line = lines.get(i);
      String trimmed = line.trim();
      Matcher item = (numbered ? NUMBERED : BULLET).matcher(trimmed);
      if (item.matches()) {
        items.add(item.group(1));
      } else if (!trimmed.isEmpty() && !items.isEmpty() && line.startsWith(" ")
          && !trimmed.startsWith("```")) {
        items.set(items.size() - 1, items.get(items.size() - 1) + " " + trimmed);
      } else {
        break;
      }
      i++;
    }
    for (String item : items) {
      html.append("<li>").append(inline(item)).append("</li>\n");
    }
    html.append(numbered ? "</ol>\n" : "</ul>\n");
    return i;
  }

  private static int table(List<String> lines, int i, StringBuilder html) {
    html.append("<table>\n<tr>");
    for (String cell : cells(lines.get(i))) {
      html.append("<th>").append(inline(cell)).append("</th>");
    }
    html.append("</tr>\n");
    i += 2;
    while (i < lines.size() && lines.get(i).trim().startsWith("|")) {
      html.append("<tr>");
      for (String cell : cells(lines.get(i))) {
        html.append("<td>").append(inline(cell)).append("</td>");
      }
      html.append("</tr>\n");
      i++;
    }
    html.append("</table>\n");
    return i;
  }

  /** The cells of a table row; a pipe inside backticks belongs to the cell. */
  private static List<String> cells(String row) {
    String text = row.trim();
    if (text.startsWith("|")) {
      text = text.substring(1);
    }
    if (text.endsWith("|")) {
      text = text.substring(0, text.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean code = false;
    for (char c : text.toCharArray()) {
      if (c == '`') {
        code = !code;
      }
      if (c == '|' && !code) {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().trim());
    return cells;
  }

  static String inline(String text) {
    StringBuilder html = new StringBuilder();
    Matcher matcher = INLINE.matcher(text);
    int last = 0;
    while (matcher.find()) {
      html.append(escape(text.substring(last, matcher.start())));
      if (matcher.group(1) != null) {
        html.append("<code>").append(escape(matcher.group(1))).append("</code>");
      } else if (matcher.group(2) != null) {
        html.append("<strong>").append(inline(matcher.group(2))).append("</strong>");
      } else if (matcher.group(3) != null) {
        html.append("<a href=\"").append(escape(link(matcher.group(4)))).append("\">")
            .append(inline(matcher.group(3))).append("</a>");
      } else {
        html.append("<em>").append(inline(matcher.group(5))).append("</em>");
      }
      last = matcher.end();
    }
    return html.append(escape(text.substring(last))).toString();
  }

  /** A relative link to a guide's Markdown source points at its page instead. */
  static String link(String target) {
    if (target.contains("://") || target.startsWith("#") || target.startsWith("mailto:")) {
      return target;
    }
    return target.replaceFirst("\\.md(#|$)", ".html$1");
  }

  /** A heading's fragment id: lower case, letters and digits, words joined by hyphens. */
  public static String anchor(String text) {
    String plain = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return plain.replaceAll("^-+|-+$", "");
  }

  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

package dev.kiln.tools.report.page;

import static dev.kiln.tools.report.page.Html.escape;

import dev.kiln.tools.report.ImageReport;
import dev.kiln.tools.report.sbom.CycloneDxWriter;
import dev.kiln.tools.report.size.SizeShares;
import java.util.List;
import java.util.Locale;

/**
 * The {@code index.html} of {@code target/kiln/<image>/}: what is in the image and why, for
 * people. One self-contained page (the graphs are the SVG files beside it).
 */
public final class ReportPage {
  /** Shown instead of a secret's value: secrets are given at boot and never stored. */
  public static final String SECRET = "(secret, boot-time, not in image)";

  private static final String STYLE = String.join("\n",
      "body{font-family:Helvetica,Arial,sans-serif;margin:2em auto;max-width:70em;color:#222}",
      "table{border-collapse:collapse;margin:0.5em 0 1.5em}",
      "th,td{border:1px solid #ccc;padding:0.25em 0.6em;text-align:left;vertical-align:top}",
      "th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}",
      "code{font-size:0.95em}.note{color:#555;font-size:0.9em}");

  private ReportPage() {}

  /**
   * @param graphFile the SVG file of each built target's graph, by target id
   */
  public static String write(ImageReport report, ImageOutputs outputs,
      java.util.Map<String, String> graphFile) {
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(report.image())).append(" — Kiln component report")
        .append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<main>\n");
    page.append("<h1>").append(escape(report.image())).append("</h1>\n");
    page.append("<p>Application <code>").append(escape(report.application()))
        .append("</code>.</p>\n");
    if (!report.blueprints().isEmpty()) {
      page.append("<p>Blueprints applied: ");
      appendCodes(page, report.blueprints());
      page.append(".</p>\n");
    }
    outputsTable(page, report, outputs);
    devices(page, report);
    for (ImageReport.TargetEntry target : report.targets()) {
      targetSection(page, report, target, outputs, graphFile.get(target.target()));
    }
    artifacts(page, outputs.artifacts());
    page.append("<p class=\"note\">Machine-readable: <a href=\"components.json\">components.json</a>,"
        + " <a href=\"sbom.cdx.json\">sbom.cdx.json</a> (CycloneDX 1.5),"
        + " <a href=\"graph.dot\">graph.dot</a>.</p>\n");
    return page.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void outputsTable(StringBuilder page, ImageReport report, ImageOutputs outputs) {
    page.append("<h2 id=\"outputs\">Outputs</h2>\n<table>\n<tr><th>target</th><th>file</th>"
        + "<th>bytes</th></tr>\n");
    for (ImageReport.TargetEntry target : report.targets()) {
      page.append("<tr><td>").append(escape(target.target())).append("</td>");
      if (!target.built()) {
        page.append("<td colspan=\"2\">not built: ").append(escape(target.reason()))
            .append("</td></tr>\n");
        continue;
      }
      String file = outputs.files().get(target.target());
      Long bytes = outputs.fileBytes().get(target.target());
      page.append("<td>").append(file == null ? "(not written by this build)" : escape(file))
          .append("</td><td class=\"n\">").append(bytes == null ? "" : format(bytes))
          .append("</td></tr>\n");
    }
    page.append("</table>\n");
  }

  private static void devices(StringBuilder page, ImageReport report) {
    page.append("<h2 id=\"devices\">Devices</h2>\n");
    if (report.devices().isEmpty()) {
      page.append("<p>None.</p>\n");
      return;
    }
    page.append("<table>\n<tr><th>name</th><th>type</th></tr>\n");
    for (ImageReport.DeviceEntry device : report.devices()) {
      page.append("<tr><td><code>").append(escape(device.name())).append("</code></td><td>")
          .append(escape(device.type())).append("</td></tr>\n");
    }
    page.append("</table>\n");
  }

  private static void targetSection(StringBuilder page, ImageReport report,
      ImageReport.TargetEntry target, ImageOutputs outputs, String graph) {
    String id = target.target();
    page.append("<section id=\"target-").append(escape(id)).append("\">\n<h2>Target ")
        .append(escape(id)).append("</h2>\n");
    if (!target.built()) {
      page.append("<p>Not built: ").append(escape(target.reason())).append("</p>\n</section>\n");
      return;
    }
    page.append("<p>Boot entry <code>").append(escape(target.main())).append("</code>.</p>\n");
    if (graph != null) {
      page.append("<h3>Composition</h3>\n<p><img src=\"").append(escape(graph))
          .append("\" alt=\"composition graph of ").append(escape(report.image())).append('.')
          .append(escape(id)).append("\"></p>\n");
    }
    SizeShares sizes = outputs.sizes().get(id);
    page.append("<h3>Modules</h3>\n<table>\n<tr><th>module</th><th>provides</th>"
        + "<th>pulled in by</th><th>what it is</th>")
        .append(sizes == null ? "" : "<th>code in image</th>").append("</tr>\n");
    for (ImageReport.ModuleEntry module : target.modules()) {
      page.append("<tr><td><code>").append(escape(module.module())).append("</code></td><td>");
      appendCodes(page, module.provides().isEmpty()
          ? List.of(simpleName(module.capability())) : simpleNames(module.provides()));
      page.append("</td><td>").append(escape(String.join(" → ", module.chain())))
          .append("</td><td>").append(escape(module.doc())).append("</td>");
      if (sizes != null) {
        long bytes = sizes.bytesOf(module.module());
        page.append(bytes == 0 ? "<td><em>none linked</em></td>"
            : "<td class=\"n\">" + format(bytes) + " bytes</td>");
      }
      page.append("</tr>\n");
    }
    page.append("</table>\n");
    if (sizes != null) {
      page.append("<p class=\"note\"><em>None linked</em>: no code in the image traces back to"
          + " the module. Either it was selected but nothing uses what it binds, so Dagger left"
          + " it out (a target's platform module when nothing injects Platform), or its code is"
          + " counted in its artifact's shared part (see Size).</p>\n");
    }
    config(page, target);
    sizes(page, outputs.sizes().get(id), outputs.fileBytes().get(id));
    page.append("</section>\n");
  }

  private static void config(StringBuilder page, ImageReport.TargetEntry target) {
    page.append("<h3>Configuration</h3>\n");
    if (target.config().isEmpty()) {
      page.append("<p>No configuration keys.</p>\n");
      return;
    }
    page.append("<table>\n<tr><th>key</th><th>value</th><th>source</th><th>phase</th>"
        + "<th>type</th><th>what it is</th></tr>\n");
    for (ImageReport.ConfigEntry key : target.config()) {
      String value = key.secret() ? SECRET
          : key.value() == null ? "(given at boot)" : key.value();
      String source = key.blueprint() == null ? key.source()
          : key.source() + " " + key.blueprint();
      page.append("<tr><td><code>").append(escape(key.key())).append("</code></td><td>")
          .append(key.secret() || key.value() == null ? "<em>" + escape(value) + "</em>"
              : "<code>" + escape(value) + "</code>")
          .append("</td><td>").append(escape(source)).append("</td><td>")
          .append(escape(key.phase())).append("</td><td>").append(escape(key.type()))
          .append("</td><td>").append(escape(key.doc()))
          .append(key.declaredBy() == null ? "" : " <span class=\"note\">(declared by "
              + escape(simpleName(key.declaredBy())) + ")</span>")
          .append("</td></tr>\n");
    }
    page.append("</table>\n");
  }

  private static void sizes(StringBuilder page, SizeShares sizes, Long fileBytes) {
    if (sizes == null) {
      return;
    }
    page.append("<h3>Size</h3>\n<p>Each owner's share of the linked code and data (")
        .append(format(sizes.linkedBytes())).append(" bytes of sized symbols")
        .append(fileBytes == null ? "" : " in a " + format(fileBytes) + "-byte file")
        .append(").</p>\n<table>\n<tr><th>owner</th><th>artifact</th><th>bytes</th><th>share</th>"
            + "</tr>\n");
    for (SizeShares.Share share : sizes.shares()) {
      page.append("<tr><td><code>").append(escape(share.owner())).append("</code></td><td>")
          .append(escape(share.artifact() == null ? "" : share.artifact()))
          .append("</td><td class=\"n\">").append(format(share.bytes()))
          .append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%.1f%%",
              sizes.linkedBytes() == 0 ? 0.0 : 100.0 * share.bytes() / sizes.linkedBytes()))
          .append("</td></tr>\n");
    }
    page.append("</table>\n<p class=\"note\">An approximation: symbols of the linked image are"
        + " mapped to the Java class TeaVM generated them from, and the class to the module whose"
        + " code reaches it (or the artifact that holds it). Code inlined into another class counts"
        + " for that class; <code>runtime</code> is everything no class of the class path"
        + " explains: TeaVM's runtime and class library, the string pool and class tables, Kiln's"
        + " libc and the target's bindings.</p>\n");
  }

  private static void artifacts(StringBuilder page, List<CycloneDxWriter.Component> artifacts) {
    page.append("<h2 id=\"artifacts\">Artifacts inside</h2>\n<table>\n<tr><th>artifact</th>"
        + "<th>version</th><th>package URL</th><th>inside</th></tr>\n");
    for (CycloneDxWriter.Component artifact : artifacts) {
      page.append("<tr><td><code>").append(escape(artifact.group())).append(':')
          .append(escape(artifact.name())).append("</code></td><td>")
          .append(escape(artifact.version())).append("</td><td><code>")
          .append(escape(artifact.purl())).append("</code></td><td>")
          .append(escape(String.join(", ", artifact.inside()))).append("</td></tr>\n");
    }
    page.append("</table>\n");
  }

  private static void appendCodes(StringBuilder page, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      page.append(i == 0 ? "" : ", ").append("<code>").append(escape(values.get(i)))
          .append("</code>");
    }
  }

  private static List<String> simpleNames(List<String> names) {
    return names.stream().map(ReportPage::simpleName).toList();
  }

  private static String simpleName(String name) {
    return name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
  }

  private static String format(long bytes) {
    return String.format(Locale.ROOT, "%,d", bytes);
  }
}

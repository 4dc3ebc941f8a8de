package dev.kiln.site;

import static dev.kiln.site.Markdown.escape;

import dev.kiln.annotations.Target;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The generated pages: the module catalogue, targets, blueprints and error ids. */
final class CataloguePages {
  private CataloguePages() {}

  static String moduleFile(String qualifiedName) {
    return "module-" + qualifiedName + ".html";
  }

  static String errorFile(String id) {
    return "error-" + id + ".html";
  }

  static String modules(Catalogue catalogue) {
    StringBuilder html = new StringBuilder("<h1>Modules</h1>\n<p>Every library-OS module on the"
        + " site's class path, read from the same <code>@KilnModule</code> metadata the processor"
        + " resolves. An application gets a module by depending on its artifact and needing what"
        + " it provides.</p>\n<table>\n<tr><th>module</th><th>provides</th><th>requires</th>"
        + "<th>targets</th><th>what it is</th></tr>\n");
    for (Catalogue.Module module : catalogue.modules()) {
      html.append("<tr><td><a href=\"").append(escape(moduleFile(module.qualifiedName())))
          .append("\">").append(escape(module.simpleName())).append("</a></td><td>")
          .append(codes(simple(module.provides()))).append("</td><td>")
          .append(codes(simple(module.requires()))).append("</td><td>")
          .append(escape(targets(module))).append("</td><td>").append(escape(module.doc()))
          .append("</td></tr>\n");
    }
    return html.append("</table>\n").toString();
  }

  static String module(Catalogue.Module module, Catalogue catalogue) {
    StringBuilder html = new StringBuilder();
    html.append("<h1>").append(escape(module.simpleName())).append("</h1>\n<p><code>")
        .append(escape(module.qualifiedName())).append("</code>")
        .append(module.artifact() == null ? "" : " in <code>" + escape(module.artifact())
            + "</code>").append("</p>\n<p>").append(escape(module.doc())).append("</p>\n");
    html.append("<table>\n<tr><th>provides</th><td>").append(codes(module.provides()))
        .append("</td></tr>\n<tr><th>requires</th><td>");
    for (int i = 0; i < module.requires().size(); i++) {
      String capability = module.requires().get(i);
      html.append(i == 0 ? "" : "<br>").append("<code>").append(escape(capability))
          .append("</code>");
      List<Catalogue.Module> providers = providers(catalogue, capability);
      if (!providers.isEmpty()) {
        html.append(" (from ");
        for (int j = 0; j < providers.size(); j++) {
          html.append(j == 0 ? "" : ", ").append(link(providers.get(j)));
        }
        html.append(')');
      }
    }
    html.append("</td></tr>\n<tr><th>targets</th><td>").append(escape(targets(module)))
        .append("</td></tr>\n</table>\n<h2 id=\"configuration\">Configuration</h2>\n");
    if (module.config().isEmpty()) {
      html.append("<p>No configuration keys.</p>\n");
    } else {
      html.append("<table>\n<tr><th>key</th><th>type</th><th>phase</th><th>default</th>"
          + "<th>what it is</th></tr>\n");
      for (Catalogue.Key key : module.config()) {
        html.append("<tr><td><code>").append(escape(key.name())).append("</code></td><td>")
            .append(escape(key.type())).append("</td><td>").append(escape(key.phase()))
            .append(key.secret() ? ", secret" : "").append("</td><td>")
            .append(key.defaultValue() == null ? "<em>none</em>"
                : "<code>" + escape(key.defaultValue()) + "</code>")
            .append("</td><td>").append(escape(key.doc())).append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    return html.toString();
  }

  static String targets(Catalogue catalogue, String notesHtml) {
    StringBuilder html = new StringBuilder("<h1>Targets</h1>\n").append(notesHtml);
    html.append("<h2 id=\"capabilities\">Capabilities per target</h2>\n<p>Which module provides"
        + " each capability on each target, from the modules' declared targets. An empty cell"
        + " means an application that needs the capability cannot be built for that target"
        + " (<a href=\"" + errorFile("UnsupportedOnTarget") + "\">UnsupportedOnTarget</a>).</p>\n"
        + "<table>\n<tr><th>capability</th>");
    for (Target target : Target.values()) {
      html.append("<th>").append(escape(target.id())).append("</th>");
    }
    html.append("</tr>\n");
    Map<String, TreeSet<String>> capabilities = new TreeMap<>();
    for (Catalogue.Module module : catalogue.modules()) {
      for (String capability : module.provides()) {
        capabilities.computeIfAbsent(capability, k -> new TreeSet<>());
      }
    }
    for (String capability : capabilities.keySet()) {
      html.append("<tr><td><code>").append(escape(simpleName(capability))).append("</code></td>");
      for (Target target : Target.values()) {
        html.append("<td>");
        boolean first = true;
        for (Catalogue.Module module : providers(catalogue, capability)) {
          if (module.supports(target.id())) {
            html.append(first ? "" : "<br>").append(link(module));
            first = false;
          }
        }
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</table>\n").toString();
  }

  static String blueprints(Catalogue catalogue) {
    StringBuilder html = new StringBuilder("<h1>Blueprints</h1>\n<p>Reusable compositions: an"
        + " application applies one with <code>@Apply</code> and overrides what it needs with"
        + " its own annotations. See <a href=\"writing-a-blueprint.html\">Writing a"
        + " blueprint</a>.</p>\n");
    if (catalogue.blueprints().isEmpty()) {
      return html.append("<p id=\"none\">No blueprint is published on the site's class path"
          + " yet.</p>\n").toString();
    }
    for (Catalogue.Blueprint blueprint : catalogue.blueprints()) {
      html.append("<h2 id=\"").append(escape(Markdown.anchor(blueprint.name()))).append("\">")
          .append(escape(blueprint.name())).append(' ')
          .append(escape(blueprint.version() == null ? "" : blueprint.version()))
          .append("</h2>\n<p><code>").append(escape(blueprint.qualifiedName())).append("</code>")
          .append(blueprint.artifact() == null ? ""
              : " in <code>" + escape(blueprint.artifact()) + "</code>")
          .append("</p>\n<p>").append(escape(blueprint.doc() == null ? "" : blueprint.doc()))
          .append("</p>\n<ul>\n");
      for (String declared : blueprint.declares()) {
        html.append("<li><code>").append(escape(declared)).append("</code></li>\n");
      }
      html.append("</ul>\n");
    }
    return html.toString();
  }

  static String errors(List<ErrorCatalogue.Entry> errors) {
    StringBuilder html = new StringBuilder("<h1>Compile errors</h1>\n<p>Every message of Kiln's"
        + " processor starts with a stable id in brackets, such as"
        + " <code>[Kiln/MissingProvider]</code>, names the element it is about, shows the chain"
        + " of needs where there is one, and ends with a <code>Fix:</code> line.</p>\n"
        + "<table>\n<tr><th>id</th><th>meaning</th></tr>\n");
    for (ErrorCatalogue.Entry error : errors) {
      html.append("<tr><td><a href=\"").append(escape(errorFile(error.id()))).append("\">")
          .append(escape(error.id())).append("</a></td><td>").append(escape(error.summary()))
          .append("</td></tr>\n");
    }
    return html.append("</table>\n").toString();
  }

  static String error(ErrorCatalogue.Entry error) {
    StringBuilder html = new StringBuilder("<h1>").append(escape(error.id())).append("</h1>\n")
        .append("<p>").append(escape(error.summary())).append("</p>\n");
    if (!error.hasExample() && error.id().equals("InternalError")) {
      return html.append("<p class=\"note\">This error means Kiln itself failed; it has no"
          + " example.</p>\n<h2 id=\"fix\">Fix</h2>\n<p>Report it with the message and the"
          + " sources that caused it.</p>\n").toString();
    }
    if (!error.hasExample()) {
      return html.append("<p class=\"note\">No example is written for this id yet (add one"
          + " under <code>site/src/errors/").append(escape(error.id()))
          .append("/</code>).</p>\n").toString();
    }
    html.append("<h2 id=\"example\">Example</h2>\n");
    for (Map.Entry<String, String> source : error.example().entrySet()) {
      html.append("<p><code>").append(escape(source.getKey())).append("</code></p>\n<pre><code>")
          .append(escape(source.getValue())).append("</code></pre>\n");
    }
    html.append("<h2 id=\"message\">Message</h2>\n<pre><code>").append(escape(error.file()))
        .append(':').append(error.line()).append(": error: ").append(escape(error.message()))
        .append("</code></pre>\n");
    if (error.fix() != null) {
      html.append("<h2 id=\"fix\">Fix</h2>\n<p>").append(escape(error.fix())).append("</p>\n");
    }
    return html.toString();
  }

  private static List<Catalogue.Module> providers(Catalogue catalogue, String capability) {
    return catalogue.modules().stream().filter(m -> m.provides().contains(capability)).toList();
  }

  private static String link(Catalogue.Module module) {
    return "<a href=\"" + escape(moduleFile(module.qualifiedName())) + "\">"
        + escape(module.simpleName()) + "</a>";
  }

  private static String targets(Catalogue.Module module) {
    return module.targets().isEmpty() ? "every target" : String.join(", ", module.targets());
  }

  private static List<String> simple(List<String> names) {
    return names.stream().map(CataloguePages::simpleName).toList();
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static String codes(List<String> values) {
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      html.append(i == 0 ? "" : ", ").append("<code>").append(escape(values.get(i)))
          .append("</code>");
    }
    return html.toString();
  }
}

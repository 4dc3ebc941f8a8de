package dev.kiln.site;

import static dev.kiln.site.Markdown.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates the documentation site: {@code SiteGenerator SOURCES OUTPUT}. SOURCES holds {@code
 * guides/*.md}, {@code targets.md} and {@code errors/<Id>/} examples; the module and blueprint
 * catalogues come from this JVM's class path. Same inputs, same bytes: nothing in the output
 * depends on the time or the machine.
 */
public final class SiteGenerator {
  /** Page names the generator writes itself; a guide cannot take one of them. */
  private static final Set<String> GENERATED =
      Set.of("index", "modules", "targets", "blueprints", "errors");

  private SiteGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SiteGenerator SOURCES OUTPUT");
      System.exit(2);
    }
    List<Path> written = generate(Path.of(args[0]), Path.of(args[1]));
    System.out.println("Kiln site: wrote " + written.size() + " pages to " + args[1]);
  }

  /** Writes the site and returns the pages written. */
  public static List<Path> generate(Path sources, Path output) throws IOException {
    Catalogue catalogue = CatalogueReader.read();
    List<ErrorCatalogue.Entry> errors = ErrorCatalogue.read(sources.resolve("errors"));
    Files.createDirectories(output);
    List<Path> written = new ArrayList<>();
    List<String[]> guides = new ArrayList<>();
    Path guideFolder = sources.resolve("guides");
    if (Files.isDirectory(guideFolder)) {
      try (Stream<Path> list = Files.list(guideFolder)) {
        for (Path guide : (Iterable<Path>) list.sorted()::iterator) {
          String file = guide.getFileName().toString();
          if (!file.endsWith(".md")) {
            continue;
          }
          String name = file.substring(0, file.length() - 3);
          if (GENERATED.contains(name)) {
            throw new IllegalArgumentException("guide " + guide + " would overwrite the generated"
                + " page " + name + ".html; rename it");
          }
          String markdown = Files.readString(guide, StandardCharsets.UTF_8);
          String title = Markdown.title(markdown);
          guides.add(new String[] {name, title == null ? name : title});
          written.add(write(output, name + ".html", PageLayout.page(title == null ? name : title,
              Markdown.toHtml(markdown))));
        }
      }
    }
    written.add(write(output, "index.html", PageLayout.page("Documentation",
        index(guides, catalogue, errors))));
    written.add(write(output, "modules.html",
        PageLayout.page("Modules", CataloguePages.modules(catalogue))));
    for (Catalogue.Module module : catalogue.modules()) {
      written.add(write(output, CataloguePages.moduleFile(module.qualifiedName()),
          PageLayout.page(module.simpleName(), CataloguePages.module(module, catalogue))));
    }
    Path notes = sources.resolve("targets.md");
    String notesHtml = Files.isRegularFile(notes)
        ? Markdown.toHtml(Files.readString(notes, StandardCharsets.UTF_8)
            .replaceFirst("(?m)^# .*\\n", ""))
        : "";
    written.add(write(output, "targets.html",
        PageLayout.page("Targets", CataloguePages.targets(catalogue, notesHtml))));
    written.add(write(output, "blueprints.html",
        PageLayout.page("Blueprints", CataloguePages.blueprints(catalogue))));
    written.add(write(output, "errors.html",
        PageLayout.page("Compile errors", CataloguePages.errors(errors))));
    for (ErrorCatalogue.Entry error : errors) {
      written.add(write(output, CataloguePages.errorFile(error.id()),
          PageLayout.page(error.id(), CataloguePages.error(error))));
    }
    return written;
  }

  private static String index(List<String[]> guides, Catalogue catalogue,
      List<ErrorCatalogue.Entry> errors) {
    StringBuilder html = new StringBuilder("<h1>Kiln</h1>\n<p>Kiln builds unikernels from Java:"
        + " an application says what it needs in annotations, and at compile time Kiln wires"
        + " exactly the library-OS modules that satisfy those needs, for a runnable jar and for"
        + " Solo5 spt, virtio and hvt images.</p>\n<h2 id=\"guides\">Guides</h2>\n<ul>\n");
    for (String[] guide : guides) {
      html.append("<li><a href=\"").append(escape(guide[0])).append(".html\">")
          .append(escape(guide[1])).append("</a></li>\n");
    }
    html.append("</ul>\n<h2 id=\"reference\">Reference</h2>\n<ul>\n")
        .append("<li><a href=\"modules.html\">Modules</a>: ").append(catalogue.modules().size())
        .append(" modules, what each provides, requires and supports, and its configuration"
            + " keys</li>\n")
        .append("<li><a href=\"targets.html\">Targets</a>: what runs where</li>\n")
        .append("<li><a href=\"blueprints.html\">Blueprints</a>: ")
        .append(catalogue.blueprints().size()).append(" published</li>\n")
        .append("<li><a href=\"errors.html\">Compile errors</a>: ").append(errors.size())
        .append(" ids, each with an example and its fix</li>\n</ul>\n");
    return html.toString();
  }

  private static Path write(Path output, String name, String html) throws IOException {
    Path file = output.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }
}

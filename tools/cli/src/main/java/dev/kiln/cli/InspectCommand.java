package dev.kiln.cli;

import dev.kiln.image.Solo5Image;
import dev.kiln.tools.report.ImageReport;
import dev.kiln.tools.report.graph.CompositionGraph;
import dev.kiln.tools.report.graph.DotWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kiln inspect IMAGE}: target, ABI, devices and the component report, read from the image
 * alone; {@code --json} prints the report itself, {@code --graph} its composition graph as DOT.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Shows what an image is: target, ABI version, devices, and the modules inside.")
final class InspectCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IMAGE", description = "A .spt/.hvt/.virtio/.xen image or a .jar.")
  private Path image;

  @Option(names = "--json", description = "Print the component report as JSON.")
  private boolean json;

  @Option(names = "--graph",
      description = "Print the composition graph (modules and the needs between them) as DOT.")
  private boolean graph;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      return inspect(out);
    } finally {
      out.flush();
    }
  }

  private int inspect(PrintWriter out) {
    if (json && graph) {
      throw new KilnException("--json and --graph cannot be combined; pick one", 2);
    }
    ImageReport report;
    if (ImageKind.of(image) == ImageKind.JAR) {
      report = ImageContents.jarReport(image);
      if (graph) {
        out.print(graphOf(report, "jvm"));
        return 0;
      }
      if (json) {
        out.print(report.json());
        return 0;
      }
      out.println("image:    " + report.image());
      out.println("target:   jvm (runnable jar)");
      ReportPrinter.devices(out, report);
      ReportPrinter.target(out, report, "jvm");
      return 0;
    }
    Solo5Image solo5 = ImageContents.solo5(image);
    report = solo5.report() == null ? null : ImageReport.parse(solo5.report());
    if (json || graph) {
      if (report == null) {
        throw new KilnException(image + ": the image carries no component report");
      }
      out.print(graph ? graphOf(report, solo5.target().id()) : report.json());
      return 0;
    }
    out.println("image:    " + (report == null ? image.getFileName() : report.image()));
    out.println("target:   " + solo5.target().id() + " (Solo5 ABI version " + solo5.abiVersion()
        + ")");
    out.println("devices:  " + (solo5.devices().isEmpty() ? "none" : ""));
    for (Solo5Image.Device device : solo5.devices()) {
      out.println("  " + device.name() + " (" + device.type() + ")");
    }
    if (report == null) {
      out.println("report:   none (not built by Kiln)");
    } else {
      ReportPrinter.target(out, report, solo5.target().id());
    }
    return 0;
  }

  private String graphOf(ImageReport report, String target) {
    ImageReport.TargetEntry entry = report.target(target);
    if (entry == null || !entry.built()) {
      throw new KilnException(image + ": the report has no built " + target + " target");
    }
    return DotWriter.write(CompositionGraph.of(report, entry));
  }
}

package dev.kiln.cli;

import dev.kiln.tools.report.ImageReport;
import java.io.PrintWriter;

/** Prints a component report for people. */
final class ReportPrinter {
  private ReportPrinter() {}

  static void devices(PrintWriter out, ImageReport report) {
    out.println("devices:  " + (report.devices().isEmpty() ? "none" : ""));
    for (ImageReport.DeviceEntry device : report.devices()) {
      out.println("  " + device.name() + " (" + device.type() + ")");
    }
  }

  static void target(PrintWriter out, ImageReport report, String target) {
    out.println("app:      " + report.application());
    if (!report.blueprints().isEmpty()) {
      out.println("blueprints: " + String.join(", ", report.blueprints()));
    }
    ImageReport.TargetEntry entry = report.target(target);
    if (entry == null || !entry.built()) {
      out.println("modules:  (the report has no built " + target + " target)");
      return;
    }
    out.println("modules:");
    for (ImageReport.ModuleEntry module : entry.modules()) {
      out.println("  " + module.module());
      out.println("      for " + String.join(" -> ", module.chain()));
    }
    out.println("config:   " + (entry.config().isEmpty() ? "none" : ""));
    for (ImageReport.ConfigEntry key : entry.config()) {
      String value = key.secret() ? "(secret, given at boot)"
          : key.value() == null ? "(given at boot)" : key.value();
      out.println("  " + key.key() + " = " + value + "   [" + key.phase() + ", from "
          + key.source() + (key.blueprint() == null ? "" : " " + key.blueprint()) + "]");
    }
  }
}

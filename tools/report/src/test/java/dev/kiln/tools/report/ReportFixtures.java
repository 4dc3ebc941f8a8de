package dev.kiln.tools.report;

/** Small component reports in the processor's format, for tests. */
public final class ReportFixtures {
  private ReportFixtures() {}

  /** An image "web" whose spt target has an app needing Tcp, Tcp needing Ipv4, and a secret. */
  public static final String WEB = """
      {"format": "kiln.components/1", "image": "web", "application": "app.Web",
       "blueprints": ["static-site@0.1.0", {"name": "base", "version": "2.0"}],
       "devices": [{"name": "service", "type": "NET_BASIC"}],
       "targets": [
        {"target": "spt", "status": "built", "main": "app.WebSptMain", "component": "app.C",
         "modules": [
          {"module": "net.TcpModule", "doc": "TCP <stack>", "provides": ["api.Tcp"],
           "requires": ["api.Ipv4"], "pulledInBy": {"capability": "api.Tcp",
           "chain": ["Tcp (@Needs on Web)"]}},
          {"module": "net.Ipv4Module", "doc": "IPv4", "provides": ["api.Ipv4"], "requires": [],
           "pulledInBy": {"capability": "api.Ipv4",
           "chain": ["Tcp (@Needs on Web)", "TcpModule requires Ipv4"]}}],
         "config": [
          {"key": "http.port", "type": "INT", "phase": "build", "value": "8080",
           "source": "blueprint", "blueprint": "static-site@0.1.0", "secret": false,
           "declaredBy": "app.Web", "doc": "The port."},
          {"key": "api.token", "type": "STRING", "phase": "boot", "value": null,
           "source": "none", "secret": true, "declaredBy": "app.Web", "doc": "The token."}]},
        {"target": "xen", "status": "skipped", "reason": "no platform"}]}
      """;
}

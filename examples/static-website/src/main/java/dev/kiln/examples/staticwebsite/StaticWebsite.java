package dev.kiln.examples.staticwebsite;

import dev.kiln.annotations.Apply;
import dev.kiln.annotations.Unikernel;
import dev.kiln.api.Application;
import dev.kiln.api.Console;
import dev.kiln.api.Setting;
import dev.kiln.api.http.Http;
import dev.kiln.api.kv.KvRo;
import dev.kiln.blueprints.staticsite.StaticSite;

/**
 * A static website: the files of {@code src/main/kiln-assets}, embedded at build time, served over
 * HTTP. The static-site blueprint brings everything else: the HTTP server and the file store, the
 * "service" network device with Kiln's TCP/IP stack at a static address ({@code 10.0.0.2/24}
 * unless {@code --ipv4} says otherwise at boot), and port 80 ({@code --http.port}). On the jvm
 * target the host's sockets serve the same files.
 */
@Unikernel(name = "static-website")
@Apply(StaticSite.class)
public final class StaticWebsite implements Application {
  private final Http http;
  private final KvRo files;
  private final Console console;
  private final int port;

  @jakarta.inject.Inject
  StaticWebsite(Http http, KvRo files, Console console, @Setting("http.port") int port) {
    this.http = http;
    this.files = files;
    this.console = console;
    this.port = port;
  }

  @Override
  public void start() {
    http.serve(new AssetHandler(files));
    console.println("static-website: serving " + files.keys().size() + " files on port " + port);
  }
}

package dev.kiln.blueprints.staticsite;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dagger.internal.codegen.ComponentProcessor;
import dev.kiln.processor.KilnProcessor;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Applies the blueprint, read from this module's classes (and tcp-service's jar), to small
 * applications compiled with the real processor against the real modules and targets.
 */
class StaticSiteTest {
  private static final String VERSION = System.getProperty("kiln.blueprint.artifact-version");

  /** Stands in for the AssetTable module the kiln-maven-plugin assets goal generates. */
  private static final JavaFileObject ASSETS = JavaFileObjects.forSourceString("test.Assets",
      "package test;\n"
          + "@dev.kiln.annotations.KilnModule(provides = dev.kiln.kvro.AssetTable.class,"
          + " doc = \"No files.\")\n"
          + "@dagger.Module\n"
          + "public final class Assets {\n"
          + "  @dagger.Provides static dev.kiln.kvro.AssetTable table() {\n"
          + "    return () -> new dev.kiln.kvro.EmbeddedFile[0];\n"
          + "  }\n"
          + "}\n");

  private static JavaFileObject app(String targets, String... annotations) {
    StringBuilder source = new StringBuilder("package test;\n"
        + "import dev.kiln.annotations.*;\n"
        + "import dev.kiln.api.*;\n"
        + "import dev.kiln.api.http.Http;\n"
        + "import dev.kiln.api.kv.KvRo;\n"
        + "@Unikernel(name = \"site\", targets = {" + targets + "})\n"
        + "@Apply(dev.kiln.blueprints.staticsite.StaticSite.class)\n");
    for (String annotation : annotations) {
      source.append(annotation).append('\n');
    }
    source.append("public final class Site implements Application {\n"
        + "  @jakarta.inject.Inject Site(Http http, KvRo files) {}\n"
        + "  @Override public void start() {}\n"
        + "}\n");
    return JavaFileObjects.forSourceString("test.Site", source.toString());
  }

  private static Compilation compile(JavaFileObject app) {
    return Compiler.javac()
        .withProcessors(new KilnProcessor(), new ComponentProcessor())
        .withOptions("-Xlint:-processing")
        .compile(ASSETS, app);
  }

  @Test
  void onSptItComposesHttpFilesAndTheNetworkStack() throws IOException {
    Compilation compilation = compile(app("Target.SPT"));
    assertThat(compilation).succeeded();
    String report = report(compilation);
    assertThat(report).contains("\"module\": \"dev.kiln.http.HttpModule\"");
    assertThat(report).contains("\"module\": \"dev.kiln.kvro.KvRoModule\"");
    assertThat(report).contains("\"module\": \"dev.kiln.net.tcp.TcpModule\"");
    assertThat(report).contains(setting("http.port", "INT", "boot", "80", "static-site"));
    assertThat(report).contains(setting("ipv4", "STRING", "boot", "10.0.0.2/24", "tcp-service"));
    assertThat(report).contains("\"name\": \"service\",\n"
        + "      \"type\": \"NET_BASIC\",\n"
        + "      \"source\": \"blueprint\",\n"
        + "      \"blueprint\": \"tcp-service@" + VERSION + "\"");
    assertThat(report).contains("\"coordinate\": \"static-site@" + VERSION + "\",\n"
        + "      \"class\": \"dev.kiln.blueprints.staticsite.StaticSite\",\n"
        + "      \"doc\": \"A static website: HTTP serving files embedded at build time, on a TCP"
        + " service.\",\n"
        + "      \"applies\": [\n"
        + "        \"tcp-service@" + VERSION + "\"\n"
        + "      ]");
  }

  @Test
  void onJvmItBuildsOnTheHostSockets() throws IOException {
    Compilation compilation = compile(app("Target.JVM"));
    assertThat(compilation).succeeded();
    String report = report(compilation);
    assertThat(report).contains("\"module\": \"dev.kiln.http.HttpModule\"");
    assertThat(report).doesNotContain("dev.kiln.net.tcp.TcpModule");
    assertThat(report).contains(setting("http.port", "INT", "boot", "80", "static-site"));
  }

  @Test
  void theApplicationOverridesThePort() throws IOException {
    Compilation compilation = compile(
        app("Target.JVM, Target.SPT", "@Config(key = \"http.port\", value = \"8080\")"));
    assertThat(compilation).succeeded();
    assertThat(report(compilation)).contains("\"key\": \"http.port\",\n"
        + "          \"type\": \"INT\",\n"
        + "          \"phase\": \"boot\",\n"
        + "          \"value\": \"8080\",\n"
        + "          \"source\": \"application\",\n"
        + "          \"blueprint\": null");
  }

  private static String setting(
      String key, String type, String phase, String value, String blueprint) {
    return "\"key\": \"" + key + "\",\n"
        + "          \"type\": \"" + type + "\",\n"
        + "          \"phase\": \"" + phase + "\",\n"
        + "          \"value\": \"" + value + "\",\n"
        + "          \"source\": \"blueprint\",\n"
        + "          \"blueprint\": \"" + blueprint + "@" + VERSION + "\"";
  }

  private static String report(Compilation compilation) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/kiln/site/components.json").orElseThrow().getCharContent(true).toString();
  }
}

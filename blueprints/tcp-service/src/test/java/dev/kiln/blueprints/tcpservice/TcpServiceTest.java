package dev.kiln.blueprints.tcpservice;

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
 * Applies the blueprint, read from this module's classes, to small applications compiled with the
 * real processor against the real network modules and the jvm and spt targets.
 */
class TcpServiceTest {
  private static final String COORDINATE =
      "tcp-service@" + System.getProperty("kiln.blueprint.artifact-version");

  private static JavaFileObject app(String targets, String... annotations) {
    StringBuilder source = new StringBuilder("package test;\n"
        + "import dev.kiln.annotations.*;\n"
        + "import dev.kiln.api.*;\n"
        + "@Unikernel(name = \"svc\", targets = {" + targets + "})\n"
        + "@Apply(dev.kiln.blueprints.tcpservice.TcpService.class)\n");
    for (String annotation : annotations) {
      source.append(annotation).append('\n');
    }
    source.append("public final class Svc implements Application {\n"
        + "  @jakarta.inject.Inject Svc(Console console) {}\n"
        + "  @Override public void start() {}\n"
        + "}\n");
    return JavaFileObjects.forSourceString("test.Svc", source.toString());
  }

  private static Compilation compile(JavaFileObject app) {
    return Compiler.javac()
        .withProcessors(new KilnProcessor(), new ComponentProcessor())
        .withOptions("-Xlint:-processing")
        .compile(app);
  }

  @Test
  void onSptTheBlueprintPullsInTheStackAndSetsTheAddressing() throws IOException {
    Compilation compilation = compile(app("Target.SPT"));
    assertThat(compilation).succeeded();
    String report = report(compilation);
    assertThat(report).contains("\"module\": \"dev.kiln.net.tcp.TcpModule\"");
    assertThat(report).contains("\"capability\": \"dev.kiln.api.net.Tcp\",\n"
        + "            \"source\": \"blueprint\",\n"
        + "            \"blueprint\": \"" + COORDINATE + "\"");
    assertThat(report).contains("\"key\": \"ipv4\",\n"
        + "          \"type\": \"STRING\",\n"
        + "          \"phase\": \"boot\",\n"
        + "          \"value\": \"10.0.0.2/24\",\n"
        + "          \"source\": \"blueprint\",\n"
        + "          \"blueprint\": \"" + COORDINATE + "\"");
    assertThat(report).contains("\"name\": \"service\",\n"
        + "      \"type\": \"NET_BASIC\",\n"
        + "      \"source\": \"blueprint\"");
    assertThat(manifest(compilation)).contains("\"name\": \"service\",\n"
        + "      \"type\": \"NET_BASIC\"");
  }

  @Test
  void theApplicationOverridesTheAddress() throws IOException {
    Compilation compilation = compile(
        app("Target.SPT", "@Config(key = \"ipv4\", value = \"192.168.7.2/24\")"));
    assertThat(compilation).succeeded();
    assertThat(report(compilation)).contains("\"value\": \"192.168.7.2/24\",\n"
        + "          \"source\": \"application\",\n"
        + "          \"blueprint\": null");
  }

  @Test
  void onJvmTheHostSocketsServeAndTheAddressingHasNoEffect() throws IOException {
    Compilation compilation = compile(app("Target.JVM"));
    assertThat(compilation).succeeded();
    String report = report(compilation);
    assertThat(report).doesNotContain("dev.kiln.net.tcp.TcpModule");
    assertThat(report).doesNotContain("\"key\": \"ipv4\"");
    assertThat(compilation).hadNoteContaining("Kiln: blueprint " + COORDINATE + " sets \"ipv4\","
        + " which no module of image svc reads; it has no effect.");
  }

  private static String report(Compilation compilation) throws IOException {
    return resource(compilation, "components.json");
  }

  private static String manifest(Compilation compilation) throws IOException {
    return resource(compilation, "manifest.json");
  }

  private static String resource(Compilation compilation, String file) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/kiln/svc/" + file)
        .orElseThrow().getCharContent(true).toString();
  }
}

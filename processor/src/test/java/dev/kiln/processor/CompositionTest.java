package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.TestSources.capability;
import static dev.kiln.processor.TestSources.module;
import static dev.kiln.processor.TestSources.platform;
import static dev.kiln.processor.TestSources.source;
import static dev.kiln.processor.TestSources.with;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dagger.internal.codegen.ComponentProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the processor generates for applications that resolve. */
class CompositionTest {
  private static final JavaFileObject STORAGE_APP = source("test.App",
      "package test;",
      "import dev.kiln.annotations.*;",
      "import dev.kiln.api.*;",
      "@Unikernel(name = \"app\", targets = Target.JVM)",
      "@Device(name = \"storage\", type = DeviceType.BLOCK)",
      "@Device(name = \"service\", type = DeviceType.NET)",
      "public final class App implements Application {",
      "  @jakarta.inject.Inject App(Storage storage) {}",
      "  @Override public void start() {}",
      "}");

  private static List<JavaFileObject> storageModules() {
    return with(platform(), capability("Storage"), capability("Disk"), capability("Unused"),
        module("StorageModule", "Storage", "", "Disk"),
        module("DiskModule", "Disk", ""),
        module("UnusedModule", "Unused", ""));
  }

  @Test
  void componentListsExactlyTheModulesThatTheNeedsReach() {
    Compilation compilation = TestSources.compile(with(storageModules(), STORAGE_APP));
    assertThat(compilation).succeeded();
    String component = generated(compilation, "test.AppJvmComponent");
    assertThat(component).contains("@Component(");
    assertThat(component).contains("AppJvmConfig.class");
    assertThat(component).contains("StorageModule.class");
    assertThat(component).contains("DiskModule.class");
    assertThat(component).contains("PlatformModule.class");
    assertThat(component).doesNotContain("UnusedModule");
    assertThat(component).contains("interface AppJvmComponent extends Composition");
    // Dagger ran on it in the same compilation.
    assertThat(compilation).generatedSourceFile("test.DaggerAppJvmComponent");
    assertThat(compilation).generatedSourceFile("test.AppJvmMain");
  }

  @Test
  void reportNamesTheNeedThatPulledEachModuleIn() throws IOException {
    Compilation compilation = TestSources.compile(with(storageModules(), STORAGE_APP));
    String report = resource(compilation, "META-INF/kiln/app/components.json");
    assertThat(report).contains("\"format\": \"kiln.components/1\"");
    assertThat(report).contains("\"module\": \"test.DiskModule\"");
    assertThat(report).contains("\"Storage (constructor parameter 'storage' of App)\",\n"
        + "              \"StorageModule requires Disk\"");
    assertThat(report).doesNotContain("UnusedModule");
    assertThat(report).contains("\"main\": \"test.AppJvmMain\"");
  }

  @Test
  void manifestListsTheDevicesInDeclarationOrder() throws IOException {
    Compilation compilation = TestSources.compile(with(storageModules(), STORAGE_APP));
    assertThat(resource(compilation, "META-INF/kiln/app/manifest.json")).isEqualTo("{\n"
        + "  \"type\": \"solo5.manifest\",\n"
        + "  \"version\": 1,\n"
        + "  \"devices\": [\n"
        + "    {\n"
        + "      \"name\": \"storage\",\n"
        + "      \"type\": \"BLOCK_BASIC\"\n"
        + "    },\n"
        + "    {\n"
        + "      \"name\": \"service\",\n"
        + "      \"type\": \"NET_BASIC\"\n"
        + "    }\n"
        + "  ]\n"
        + "}\n");
  }

  @Test
  void modulesInOtherJarsAreFoundThroughTheirIndexEntries(@TempDir Path library)
      throws IOException {
    Compilation modules = TestSources.compile(storageModules());
    assertThat(modules).succeeded();
    assertThat(modules).generatedFile(StandardLocation.CLASS_OUTPUT,
        "dev/kiln/aggregated/modules/test_StorageModule.class");
    for (JavaFileObject file : modules.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = library.resolve(file.toUri().getPath().replaceFirst(".*/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
    List<File> classpath = new ArrayList<>();
    classpath.add(library.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    Compilation app = Compiler.javac()
        .withProcessors(new KilnProcessor(), new ComponentProcessor())
        .withClasspath(classpath)
        .compile(STORAGE_APP);
    assertThat(app).succeeded();
    String component = generated(app, "test.AppJvmComponent");
    assertThat(component).contains("StorageModule.class");
    assertThat(component).doesNotContain("UnusedModule");
  }

  @Test
  void withoutExplicitTargetsEveryTargetThatResolvesIsBuiltAndTheRestNoted() throws IOException {
    JavaFileObject app = source("test.App",
        "package test;",
        "import dev.kiln.annotations.*;",
        "import dev.kiln.api.*;",
        "@Unikernel(name = \"app\")",
        "@Needs(Storage.class)",
        "public final class App implements Application {",
        "  @jakarta.inject.Inject App() {}",
        "  @Override public void start() {}",
        "}");
    Compilation compilation = TestSources.compile(with(platform(), capability("Storage"),
        module("JvmStorage", "Storage", "dev.kiln.annotations.Target.JVM"), app));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.AppJvmMain");
    assertThat(compilation).hadNoteContaining("Kiln: image app is not built for spt:"
        + " [Kiln/UnsupportedOnTarget]");
    String report = resource(compilation, "META-INF/kiln/app/components.json");
    assertThat(report).contains("\"target\": \"spt\",\n      \"status\": \"skipped\"");
  }

  @Test
  void buildTimeKeysBecomeTypedConstantsAndBootTimeKeysReadTheBootLine() {
    JavaFileObject app = source("test.App",
        "package test;",
        "import dev.kiln.annotations.*;",
        "import dev.kiln.api.*;",
        "@Unikernel(name = \"app\", targets = Target.JVM)",
        "@ConfigKey(name = \"http.port\", type = ConfigType.INT, defaultValue = \"80\","
            + " doc = \"Port.\")",
        "@ConfigKey(name = \"verbose\", type = ConfigType.BOOLEAN, defaultValue = \"false\","
            + " doc = \"Talk more.\")",
        "@ConfigKey(name = \"net.ipv4\", doc = \"Address.\", phase = ConfigPhase.BOOT,"
            + " defaultValue = \"10.0.0.2/24\")",
        "@ConfigKey(name = \"token\", doc = \"Token.\", phase = ConfigPhase.BOOT, secret = true)",
        "@Config(key = \"http.port\", value = \"8080\")",
        "public final class App implements Application {",
        "  @jakarta.inject.Inject App(@Setting(\"http.port\") int port,",
        "      @Setting(\"verbose\") boolean verbose, @Setting(\"net.ipv4\") String address,",
        "      @Setting(\"token\") String token) {}",
        "  @Override public void start() {}",
        "}");
    Compilation compilation = TestSources.compile(with(platform(), app));
    assertThat(compilation).succeeded();
    String config = generated(compilation, "test.AppJvmConfig");
    assertThat(config).contains("public static final int HTTP_PORT = 8080;");
    assertThat(config).contains("public static final boolean VERBOSE = false;");
    assertThat(config).contains(
        "return BootValues.stringValue(arguments, \"net.ipv4\", \"10.0.0.2/24\");");
    assertThat(config).contains("return BootValues.stringValue(arguments, \"token\", null);");
    String main = generated(compilation, "test.AppJvmMain");
    assertThat(main).contains(
        "new BootOption(\"net.ipv4\", \"STRING\", \"10.0.0.2/24\", \"Address.\", false)");
    assertThat(main).contains("new BootOption(\"token\", \"STRING\", null, \"Token.\", true)");
  }

  @Test
  void twoApplicationsWithOneImageNameAreRejected() {
    String[] body = {
        "import dev.kiln.annotations.*;",
        "import dev.kiln.api.*;",
        "@Unikernel(name = \"same\", targets = Target.JVM)"};
    JavaFileObject first = source("test.First", "package test;", body[0], body[1], body[2],
        "public final class First implements Application {",
        "  @jakarta.inject.Inject First() {}",
        "  @Override public void start() {}",
        "}");
    JavaFileObject second = source("test.Second", "package test;", body[0], body[1], body[2],
        "public final class Second implements Application {",
        "  @jakarta.inject.Inject Second() {}",
        "  @Override public void start() {}",
        "}");
    Compilation compilation = TestSources.compile(with(platform(), first, second));
    assertThat(compilation).hadErrorContaining("[Kiln/BadImageName]").inFile(second).onLine(4);
  }

  private static String generated(Compilation compilation, String className) {
    try {
      return compilation.generatedSourceFile(className).orElseThrow()
          .getCharContent(true).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String resource(Compilation compilation, String path) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow()
        .getCharContent(true).toString();
  }
}

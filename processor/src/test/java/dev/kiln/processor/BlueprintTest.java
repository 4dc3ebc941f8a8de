package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.TestSources.blueprint;
import static dev.kiln.processor.TestSources.capability;
import static dev.kiln.processor.TestSources.module;
import static dev.kiln.processor.TestSources.platform;
import static dev.kiln.processor.TestSources.source;
import static dev.kiln.processor.TestSources.with;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dagger.internal.codegen.ComponentProcessor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying blueprints: what they contribute, what the application overrides, the report. */
class BlueprintTest {
  /** A storage module with two keys, and a blueprint that needs it and sets one of them. */
  private static List<JavaFileObject> storage() {
    return with(platform(), capability("Storage"),
        source("test.StorageModule",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@KilnModule(provides = Storage.class, doc = \"Storage.\", config = {",
            "    @ConfigKey(name = \"storage.size\", type = ConfigType.INT, defaultValue = \"1\",",
            "        doc = \"Size.\"),",
            "    @ConfigKey(name = \"storage.name\", defaultValue = \"disk\", doc = \"Name.\")})",
            "@dagger.Module",
            "public final class StorageModule {",
            "  @dagger.Provides static Storage storage() { return new Storage() {}; }",
            "}"),
        blueprint("Store", "store",
            "@Needs(Storage.class)",
            "@Device(name = \"storage\", type = DeviceType.BLOCK)",
            "@Config(key = \"storage.size\", value = \"64\")"));
  }

  /** An application with the given annotations after {@code @Unikernel}, on the jvm target. */
  private static JavaFileObject app(String... annotations) {
    List<String> lines = new ArrayList<>(List.of(
        "package test;",
        "import dev.kiln.annotations.*;",
        "import dev.kiln.api.*;",
        "@Unikernel(name = \"app\", targets = Target.JVM)"));
    lines.addAll(List.of(annotations));
    lines.addAll(List.of(
        "public final class App implements Application {",
        "  @jakarta.inject.Inject App() {}",
        "  @Override public void start() {}",
        "}"));
    return source("test.App", lines.toArray(new String[0]));
  }

  @Test
  void aBlueprintBringsItsNeedsDevicesAndConfiguration() throws IOException {
    Compilation compilation = TestSources.compile(with(storage(), app("@Apply(Store.class)")));
    assertThat(compilation).succeeded();
    assertThat(generated(compilation, "test.AppJvmComponent")).contains("StorageModule.class");
    String config = generated(compilation, "test.AppJvmConfig");
    assertThat(config).contains("public static final int STORAGE_SIZE = 64;");
    assertThat(config).contains("Size. Build-time; value from the blueprint store@1.0.");
    assertThat(resource(compilation, "manifest.json")).contains("\"name\": \"storage\"");
  }

  @Test
  void theApplicationOverridesABlueprintsValueAndDevice() throws IOException {
    Compilation compilation = TestSources.compile(with(storage(), app(
        "@Apply(Store.class)",
        "@Config(key = \"storage.size\", value = \"128\")",
        "@Device(name = \"storage\", type = DeviceType.NET)")));
    assertThat(compilation).succeeded();
    assertThat(generated(compilation, "test.AppJvmConfig"))
        .contains("public static final int STORAGE_SIZE = 128;");
    String manifest = resource(compilation, "manifest.json");
    assertThat(manifest).contains("\"name\": \"storage\",\n      \"type\": \"NET_BASIC\"");
    assertThat(manifest).doesNotContain("BLOCK_BASIC");
    String report = resource(compilation, "components.json");
    assertThat(report).contains(configEntry("storage.size", "INT", "128", "application", null));
    assertThat(report).contains("\"name\": \"storage\",\n"
        + "      \"type\": \"NET_BASIC\",\n"
        + "      \"source\": \"application\",\n"
        + "      \"blueprint\": null");
  }

  @Test
  void theReportSaysWhereEachNeedDeviceAndValueCameFrom() throws IOException {
    Compilation compilation = TestSources.compile(with(storage(), app("@Apply(Store.class)")));
    String report = resource(compilation, "components.json");
    assertThat(report).contains("\"blueprints\": [\n"
        + "    {\n"
        + "      \"name\": \"store\",\n"
        + "      \"version\": \"1.0\",\n"
        + "      \"coordinate\": \"store@1.0\",\n"
        + "      \"class\": \"test.Store\",\n"
        + "      \"doc\": \"Test blueprint Store.\",\n"
        + "      \"applies\": []\n"
        + "    }\n"
        + "  ]");
    assertThat(report).contains("{\n"
        + "      \"capability\": \"test.Storage\",\n"
        + "      \"reason\": \"@Needs of blueprint store@1.0\",\n"
        + "      \"source\": \"blueprint\",\n"
        + "      \"blueprint\": \"store@1.0\"\n"
        + "    }");
    assertThat(report).contains("{\n"
        + "      \"capability\": \"dev.kiln.api.Platform\",\n"
        + "      \"reason\": \"the image runs on the target's platform\",\n"
        + "      \"source\": \"kiln\",\n"
        + "      \"blueprint\": null\n"
        + "    }");
    assertThat(report).contains("\"name\": \"storage\",\n"
        + "      \"type\": \"BLOCK_BASIC\",\n"
        + "      \"source\": \"blueprint\",\n"
        + "      \"blueprint\": \"store@1.0\"");
    assertThat(report).contains("\"pulledInBy\": {\n"
        + "            \"capability\": \"test.Storage\",\n"
        + "            \"source\": \"blueprint\",\n"
        + "            \"blueprint\": \"store@1.0\",\n"
        + "            \"chain\": [\n"
        + "              \"Storage (@Needs of blueprint store@1.0)\"");
    assertThat(report).contains(configEntry("storage.size", "INT", "64", "blueprint", "store@1.0"));
    assertThat(report).contains(configEntry("storage.name", "STRING", "disk", "default", null));
  }

  @Test
  void aBlueprintMayApplyAnotherAndOverrideItsValues() throws IOException {
    JavaFileObject bigStore = blueprint("BigStore", "big-store",
        "@Apply(Store.class)",
        "@Config(key = \"storage.size\", value = \"4096\")",
        "@Config(key = \"storage.name\", value = \"big\")");
    Compilation compilation = TestSources.compile(with(storage(), bigStore,
        app("@Apply(BigStore.class)", "@Config(key = \"storage.name\", value = \"mine\")")));
    assertThat(compilation).succeeded();
    String report = resource(compilation, "components.json");
    assertThat(report).contains("\"coordinate\": \"big-store@1.0\",\n"
        + "      \"class\": \"test.BigStore\",\n"
        + "      \"doc\": \"Test blueprint BigStore.\",\n"
        + "      \"applies\": [\n"
        + "        \"store@1.0\"\n"
        + "      ]");
    assertThat(report).contains(
        configEntry("storage.size", "INT", "4096", "blueprint", "big-store@1.0"));
    assertThat(report).contains(configEntry("storage.name", "STRING", "mine", "application", null));
    // The need and the device come from the inner blueprint, through the outer one.
    assertThat(report).contains("\"blueprint\": \"store@1.0\",\n"
        + "            \"chain\": [");
    assertThat(report).contains("\"type\": \"BLOCK_BASIC\",\n"
        + "      \"source\": \"blueprint\",\n"
        + "      \"blueprint\": \"store@1.0\"");
  }

  @Test
  void twoBlueprintsThatAgreeOrThatTheApplicationSettlesAreAccepted() throws IOException {
    JavaFileObject same = blueprint("SameSize", "same-size",
        "@Config(key = \"storage.size\", value = \"64\")");
    JavaFileObject other = blueprint("OtherSize", "other-size",
        "@Config(key = \"storage.size\", value = \"32\")",
        "@Device(name = \"storage\", type = DeviceType.NET)");
    assertThat(TestSources.compile(with(storage(), same,
        app("@Apply({Store.class, SameSize.class})")))).succeeded();
    Compilation settled = TestSources.compile(with(storage(), other,
        app("@Apply({Store.class, OtherSize.class})",
            "@Config(key = \"storage.size\", value = \"16\")",
            "@Device(name = \"storage\", type = DeviceType.BLOCK)")));
    assertThat(settled).succeeded();
    assertThat(generated(settled, "test.AppJvmConfig"))
        .contains("public static final int STORAGE_SIZE = 16;");
  }

  @Test
  void aBlueprintThatAppliesItselfIsRejected() {
    JavaFileObject ping = blueprint("Ping", "ping", "@Apply(Pong.class)");
    JavaFileObject pong = blueprint("Pong", "pong", "@Apply(Ping.class)");
    JavaFileObject app = app("@Apply(Ping.class)");
    Compilation compilation = TestSources.compile(with(platform(), ping, pong, app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/BadBlueprint] Blueprint Ping is malformed: it applies itself through"
            + " Ping -> Pong -> Ping.").inFile(app).onLine(5);
    assertThat(compilation).hadErrorContaining(
        "Fix: remove one of the @Apply values so that no blueprint applies itself.");
  }

  @Test
  void aBlueprintsValueIsCheckedAgainstTheKeyAndReportedWhereItIsApplied() {
    JavaFileObject wrong = blueprint("Wrong", "wrong",
        "@Needs(Storage.class)",
        "@Config(key = \"storage.size\", value = \"huge\")");
    JavaFileObject app = app("@Apply(Wrong.class)");
    Compilation compilation = TestSources.compile(with(storage(), wrong, app));
    assertThat(compilation).hadErrorContaining("[Kiln/BadConfigValue] Configuration key"
        + " \"storage.size\" takes INT, and \"huge\" is not a whole number").inFile(app).onLine(5);
    assertThat(compilation).hadErrorContaining(
        "In blueprint wrong@1.0 (test.Wrong), applied here.");
  }

  @Test
  void aBlueprintsValueForAKeyNoModuleReadsIsNotedAndLeftOut() throws IOException {
    JavaFileObject extra = blueprint("Extra", "extra",
        "@Config(key = \"cache.size\", value = \"10\")");
    Compilation compilation = TestSources.compile(with(storage(), extra,
        app("@Apply({Store.class, Extra.class})")));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("Kiln: blueprint extra@1.0 sets \"cache.size\","
        + " which no module of image app reads; it has no effect.");
    assertThat(resource(compilation, "components.json")).doesNotContain("cache.size");
  }

  @Test
  void theApplicationsUseWinsOverABlueprints() {
    JavaFileObject pick = blueprint("Pick", "pick",
        "@Needs(Storage.class)", "@Use(DiskStorage.class)");
    List<JavaFileObject> modules = with(platform(), capability("Storage"),
        module("DiskStorage", "Storage", ""), module("MemoryStorage", "Storage", ""), pick);
    Compilation byBlueprint = TestSources.compile(with(modules, app("@Apply(Pick.class)")));
    assertThat(byBlueprint).succeeded();
    assertThat(generated(byBlueprint, "test.AppJvmComponent")).contains("DiskStorage.class");
    Compilation byApplication = TestSources.compile(with(modules,
        app("@Apply(Pick.class)", "@Use(MemoryStorage.class)")));
    assertThat(byApplication).succeeded();
    String component = generated(byApplication, "test.AppJvmComponent");
    assertThat(component).contains("MemoryStorage.class");
    assertThat(component).doesNotContain("DiskStorage");
  }

  @Test
  void compilingABlueprintWritesItsIndexEntry() {
    Compilation compilation = TestSources.compile(with(storage()));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT,
        "dev/kiln/aggregated/blueprints/test_Store.class");
  }

  @Test
  void compilingABlueprintChecksWhatItNeedsAndApplies() {
    JavaFileObject broken = source("test.Broken",
        "package test;",
        "import dev.kiln.annotations.*;",
        "@Blueprint(name = \"broken\", version = \"1.0\", doc = \"Broken.\")",
        "@Needs(Runnable.class)",
        "@Apply(Storage.class)",
        "public interface Broken {}");
    Compilation compilation = TestSources.compile(capability("Storage"), broken);
    assertThat(compilation).hadErrorContaining(
        "[Kiln/NotACapability] Runnable is used as a need in @Needs").inFile(broken).onLine(4);
    assertThat(compilation).hadErrorContaining(
        "[Kiln/NotABlueprint] @Apply names Storage, which is not a blueprint.")
        .inFile(broken).onLine(5);
  }

  @Test
  void aBlueprintInAnotherJarIsRead(@TempDir Path library) throws IOException {
    Compilation blueprints = TestSources.compile(storage());
    assertThat(blueprints).succeeded();
    Compilation compilation = Compiler.javac()
        .withProcessors(new KilnProcessor(), new ComponentProcessor())
        .withClasspath(TestSources.libraryClasspath(blueprints, library))
        .compile(app("@Apply(Store.class)"));
    assertThat(compilation).succeeded();
    assertThat(generated(compilation, "test.AppJvmComponent")).contains("StorageModule.class");
    String report = resource(compilation, "components.json");
    assertThat(report).contains("\"doc\": \"Test blueprint Store.\"");
    assertThat(report).contains(configEntry("storage.size", "INT", "64", "blueprint", "store@1.0"));
    assertThat(resource(compilation, "manifest.json")).contains("\"name\": \"storage\"");
  }

  @Test
  void aProblemInsideABlueprintFromAJarIsReportedWhereItIsApplied(@TempDir Path library)
      throws IOException {
    // Compiled without Kiln's processor, as a jar from elsewhere may be.
    Compilation blueprints = Compiler.javac().withOptions("-proc:none").compile(
        capability("Storage"),
        blueprint("Broken", "broken", "@Device(name = \"my_disk\", type = DeviceType.BLOCK)"));
    assertThat(blueprints).succeeded();
    JavaFileObject app = app("@Apply(Broken.class)");
    Compilation compilation = Compiler.javac()
        .withProcessors(new KilnProcessor(), new ComponentProcessor())
        .withClasspath(TestSources.libraryClasspath(blueprints, library))
        .compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/BadDeviceName] Device name \"my_disk\" is not allowed").inFile(app).onLine(5);
    assertThat(compilation).hadErrorContaining("In blueprint broken@1.0 (test.Broken)");
  }

  private static String configEntry(
      String key, String type, String value, String source, String blueprint) {
    return "\"key\": \"" + key + "\",\n"
        + "          \"type\": \"" + type + "\",\n"
        + "          \"phase\": \"build\",\n"
        + "          \"value\": \"" + value + "\",\n"
        + "          \"source\": \"" + source + "\",\n"
        + "          \"blueprint\": " + (blueprint == null ? "null" : "\"" + blueprint + "\"")
        + ",\n";
  }

  private static String generated(Compilation compilation, String className) {
    try {
      return compilation.generatedSourceFile(className).orElseThrow()
          .getCharContent(true).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String resource(Compilation compilation, String file) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/kiln/app/" + file)
        .orElseThrow().getCharContent(true).toString();
  }
}

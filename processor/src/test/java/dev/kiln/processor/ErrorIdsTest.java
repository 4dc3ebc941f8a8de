package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.TestSources.blueprint;
import static dev.kiln.processor.TestSources.capability;
import static dev.kiln.processor.TestSources.compile;
import static dev.kiln.processor.TestSources.module;
import static dev.kiln.processor.TestSources.platform;
import static dev.kiln.processor.TestSources.source;
import static dev.kiln.processor.TestSources.with;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per error id: the message, its Fix line, and the file and line it points at. */
class ErrorIdsTest {
  /** An application whose header is lines 1-6, so annotations can be placed on known lines. */
  private static JavaFileObject app(String... annotations) {
    List<String> lines = new ArrayList<>(List.of(
        "package test;",
        "import dev.kiln.annotations.*;",
        "import dev.kiln.api.*;",
        "import jakarta.inject.Inject;",
        "@Unikernel(name = \"app\", targets = Target.JVM)"));
    lines.addAll(List.of(annotations));
    lines.addAll(List.of(
        "public final class App implements Application {",
        "  @Inject App() {}",
        "  @Override public void start() {}",
        "}"));
    return source("test.App", lines.toArray(new String[0]));
  }

  @Test
  void missingProvider() {
    JavaFileObject app = app("@Needs(Storage.class)");
    Compilation compilation = compile(with(platform(), capability("Storage"), app));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[Kiln/MissingProvider] No module provides Storage"
        + " for target jvm.").inFile(app).onLine(6);
    assertThat(compilation).hadErrorContaining("Storage (@Needs on App)");
    assertThat(compilation).hadErrorContaining("Fix: add a dependency on a module that provides"
        + " test.Storage");
  }

  @Test
  void missingProviderDeepInTheChainShowsTheWholeChain() {
    JavaFileObject app = app("@Needs(Tcp.class)");
    Compilation compilation = compile(with(platform(), capability("Tcp"), capability("Ipv4"),
        capability("Ethernet"),
        module("TcpModule", "Tcp", "", "Ipv4"),
        module("Ipv4Module", "Ipv4", "", "Ethernet"),
        app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/MissingProvider] No module provides Ethernet").inFile(app).onLine(6);
    assertThat(compilation).hadErrorContaining("Chain of needs:");
    assertThat(compilation).hadErrorContaining("Tcp (@Needs on App)");
    assertThat(compilation).hadErrorContaining("-> TcpModule requires Ipv4");
    assertThat(compilation).hadErrorContaining("-> Ipv4Module requires Ethernet");
  }

  @Test
  void ambiguousProvider() {
    JavaFileObject app = app("@Needs(Storage.class)");
    Compilation compilation = compile(with(platform(), capability("Storage"),
        module("DiskStorage", "Storage", ""), module("MemoryStorage", "Storage", ""), app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/AmbiguousProvider] 2 modules provide Storage").inFile(app).onLine(6);
    assertThat(compilation).hadErrorContaining("test.DiskStorage");
    assertThat(compilation).hadErrorContaining("test.MemoryStorage");
    assertThat(compilation).hadErrorContaining("Fix: choose one with @Use(DiskStorage.class)");
  }

  @Test
  void useSettlesAnAmbiguity() {
    JavaFileObject app = app("@Needs(Storage.class)", "@Use(MemoryStorage.class)");
    Compilation compilation = compile(with(platform(), capability("Storage"),
        module("DiskStorage", "Storage", ""), module("MemoryStorage", "Storage", ""), app));
    assertThat(compilation).succeeded();
  }

  @Test
  void aModuleWrittenForTheTargetWinsOverAPortableOne() {
    JavaFileObject app = app("@Needs(Storage.class)");
    Compilation compilation = compile(with(platform(), capability("Storage"),
        module("PortableStorage", "Storage", ""),
        module("JvmStorage", "Storage", "dev.kiln.annotations.Target.JVM"), app));
    assertThat(compilation).succeeded();
  }

  @Test
  void twoModulesWrittenForTheTargetAreStillAmbiguous() {
    JavaFileObject app = app("@Needs(Storage.class)");
    Compilation compilation = compile(with(platform(), capability("Storage"),
        module("PortableStorage", "Storage", ""),
        module("JvmStorage", "Storage", "dev.kiln.annotations.Target.JVM"),
        module("OtherJvmStorage", "Storage", "dev.kiln.annotations.Target.JVM"), app));
    assertThat(compilation).hadErrorContaining("[Kiln/AmbiguousProvider] 2 modules provide"
        + " Storage").inFile(app).onLine(6);
  }

  @Test
  void unsupportedOnTarget() {
    JavaFileObject app = app("@Needs(Storage.class)");
    Compilation compilation = compile(with(platform(), capability("Storage"),
        module("SptStorage", "Storage", "dev.kiln.annotations.Target.SPT"), app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/UnsupportedOnTarget] No module provides Storage on target jvm")
        .inFile(app).onLine(6);
    assertThat(compilation).hadErrorContaining("test.SptStorage (targets: spt)");
    assertThat(compilation).hadErrorContaining("Fix: add a module that provides Storage on jvm");
  }

  @Test
  void dependencyCycle() {
    JavaFileObject app = app("@Needs(Alpha.class)");
    Compilation compilation = compile(with(platform(), capability("Alpha"), capability("Beta"),
        module("AlphaModule", "Alpha", "", "Beta"), module("BetaModule", "Beta", "", "Alpha"),
        app));
    assertThat(compilation).hadErrorContaining("[Kiln/DependencyCycle]").inFile(app).onLine(6);
    assertThat(compilation).hadErrorContaining(
        "Cycle: AlphaModule -> BetaModule -> AlphaModule");
    assertThat(compilation).hadErrorContaining("Fix: break the circle");
  }

  @Test
  void badDeviceName() {
    JavaFileObject app = app("@Device(name = \"my_disk\", type = DeviceType.BLOCK)");
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/BadDeviceName] Device name \"my_disk\" is not allowed: it contains '_'.")
        .inFile(app).onLine(6);
    assertThat(compilation).hadErrorContaining("Fix: rename the device, e.g. \"mydisk\".");
  }

  @Test
  void badDeviceNameTooLongAndEmpty() {
    JavaFileObject app = app(
        "@Device(name = \"" + "a".repeat(68) + "\", type = DeviceType.NET)",
        "@Device(name = \"\", type = DeviceType.NET)");
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining("it has 68 characters").inFile(app).onLine(6);
    assertThat(compilation).hadErrorContaining("it is empty").inFile(app).onLine(7);
  }

  @Test
  void deviceNameOf67CharactersIsAccepted() {
    JavaFileObject app = app("@Device(name = \"" + "a".repeat(67) + "\", type = DeviceType.NET)");
    assertThat(compile(with(platform(), app))).succeeded();
  }

  @Test
  void tooManyDevices() {
    String[] devices = new String[64];
    for (int i = 0; i < devices.length; i++) {
      devices[i] = "@Device(name = \"disk" + i + "\", type = DeviceType.BLOCK)";
    }
    JavaFileObject app = app(devices);
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/TooManyDevices] 64 devices are declared; an image can have at most 63.")
        .inFile(app).onLine(6 + 63);
    assertThat(compilation).hadErrorContaining("Fix: declare at most 63 devices.");
  }

  @Test
  void sixtyThreeDevicesAreAccepted() {
    String[] devices = new String[63];
    for (int i = 0; i < devices.length; i++) {
      devices[i] = "@Device(name = \"disk" + i + "\", type = DeviceType.BLOCK)";
    }
    assertThat(compile(with(platform(), app(devices)))).succeeded();
  }

  @Test
  void duplicateDeviceName() {
    JavaFileObject app = app(
        "@Device(name = \"service\", type = DeviceType.NET)",
        "@Device(name = \"service\", type = DeviceType.BLOCK)");
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/DuplicateDeviceName] Device \"service\" is declared twice.")
        .inFile(app).onLine(7);
  }

  @Test
  void unknownConfigKey() {
    JavaFileObject app = app("@Config(key = \"http.port\", value = \"80\")");
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/UnknownConfigKey] No module of this image reads configuration key \"http.port\".")
        .inFile(app).onLine(6);
    assertThat(compilation).hadErrorContaining("Fix: use one of the keys listed");
  }

  @Test
  void unknownConfigKeyNamesTheModuleThatWouldReadIt() {
    JavaFileObject http = source("test.HttpModule",
        "package test;",
        "@dev.kiln.annotations.KilnModule(provides = Http.class, doc = \"HTTP.\",",
        "    config = @dev.kiln.annotations.ConfigKey(name = \"http.port\",",
        "        type = dev.kiln.annotations.ConfigType.INT, defaultValue = \"80\", doc = \"Port.\"))",
        "@dagger.Module",
        "public final class HttpModule {",
        "  @dagger.Provides static Http http() { return new Http() {}; }",
        "}");
    JavaFileObject app = app("@Config(key = \"http.port\", value = \"8080\")");
    Compilation compilation = compile(with(platform(), capability("Http"), http, app));
    assertThat(compilation).hadErrorContaining("http.port is read by test.HttpModule, which this"
        + " image does not include on jvm.").inFile(app).onLine(6);
    assertThat(compilation).hadErrorContaining("Fix: need a capability of HttpModule (it provides"
        + " Http)");
  }

  @Test
  void badConfigValue() {
    JavaFileObject app = app(
        "@ConfigKey(name = \"port\", type = ConfigType.INT, defaultValue = \"1\", doc = \"Port.\")",
        "@Config(key = \"port\", value = \"eighty\")");
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining("[Kiln/BadConfigValue] Configuration key \"port\""
        + " takes INT, and \"eighty\" is not a whole number").inFile(app).onLine(7);
    assertThat(compilation).hadErrorContaining("Fix: give a INT value, e.g. \"8080\".");
  }

  @Test
  void badBooleanConfigValue() {
    JavaFileObject app = app(
        "@ConfigKey(name = \"debug\", type = ConfigType.BOOLEAN, defaultValue = \"false\","
            + " doc = \"Debug.\")",
        "@Config(key = \"debug\", value = \"yes\")");
    assertThat(compile(with(platform(), app))).hadErrorContaining("is not true or false")
        .inFile(app).onLine(7);
  }

  @Test
  void duplicateConfig() {
    JavaFileObject app = app(
        "@ConfigKey(name = \"who\", defaultValue = \"x\", doc = \"Who.\")",
        "@Config(key = \"who\", value = \"a\")",
        "@Config(key = \"who\", value = \"b\")");
    assertThat(compile(with(platform(), app))).hadErrorContaining(
        "[Kiln/DuplicateConfig] Configuration key \"who\" is set twice.").inFile(app).onLine(8);
  }

  @Test
  void missingConfigValue() {
    JavaFileObject app = app("@ConfigKey(name = \"who\", doc = \"Who to greet.\")");
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/MissingConfigValue] Build-time key \"who\" has no default and is not set.")
        .inFile(app).onLine(5);
    assertThat(compilation).hadErrorContaining(
        "Fix: add @Config(key = \"who\", value = ...) to the application.");
  }

  @Test
  void secretInImage() {
    JavaFileObject app = app(
        "@ConfigKey(name = \"token\", doc = \"API token.\", phase = ConfigPhase.BOOT,"
            + " secret = true)",
        "@Config(key = \"token\", value = \"hunter2\")");
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/SecretInImage] Key \"token\" is a secret").inFile(app).onLine(7);
    assertThat(compilation).hadErrorContaining("Fix: remove the @Config and pass --token=...");
  }

  @Test
  void notACapability() {
    JavaFileObject app = app("@Needs(String.class)");
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/NotACapability] String is used as a need in @Needs but is not a capability.")
        .inFile(app).onLine(6);
  }

  @Test
  void notAModule() {
    JavaFileObject app = app("@Use(String.class)");
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/NotAModule] @Use names String, which is not a Kiln module").inFile(app).onLine(6);
  }

  @Test
  void notABlueprint() {
    JavaFileObject app = app("@Apply(String.class)");
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining(
        "[Kiln/NotABlueprint] @Apply names String, which is not a blueprint.")
        .inFile(app).onLine(6);
    assertThat(compilation).hadErrorContaining(
        "Fix: name a @Blueprint interface, or add the jar that contains java.lang.String.");
  }

  @Test
  void conflictingBlueprintConfig() {
    JavaFileObject app = app(
        "@ConfigKey(name = \"who\", defaultValue = \"x\", doc = \"Who.\")",
        "@Apply({Alice.class,",
        "    Bob.class})");
    Compilation compilation = compile(with(platform(),
        blueprint("Alice", "alice", "@Config(key = \"who\", value = \"alice\")"),
        blueprint("Bob", "bob", "@Config(key = \"who\", value = \"bob\")"), app));
    assertThat(compilation).hadErrorContaining("[Kiln/ConflictingBlueprintConfig] Blueprints"
        + " alice@1.0 and bob@1.0, applied to App, set \"who\" to different values.")
        .inFile(app).onLine(8);
    assertThat(compilation).hadErrorContaining("alice@1.0 (test.Alice) sets \"alice\".");
    assertThat(compilation).hadErrorContaining("bob@1.0 (test.Bob) sets \"bob\".");
    assertThat(compilation).hadErrorContaining("Fix: override it in the application with"
        + " @Config(key = \"who\", value = ...), or drop one of the blueprints from @Apply.");
  }

  @Test
  void conflictingBlueprintDevice() {
    JavaFileObject app = app("@Apply({Alice.class, Bob.class})");
    Compilation compilation = compile(with(platform(),
        blueprint("Alice", "alice", "@Device(name = \"service\", type = DeviceType.NET)"),
        blueprint("Bob", "bob", "@Device(name = \"service\", type = DeviceType.BLOCK)"), app));
    assertThat(compilation).hadErrorContaining("[Kiln/ConflictingBlueprintDevice] Blueprints"
        + " alice@1.0 and bob@1.0, applied to App, declare device \"service\" with different"
        + " types.").inFile(app).onLine(6);
    assertThat(compilation).hadErrorContaining("alice@1.0 (test.Alice) declares it NET.");
    assertThat(compilation).hadErrorContaining("bob@1.0 (test.Bob) declares it BLOCK.");
    assertThat(compilation).hadErrorContaining("Fix: override it in the application with"
        + " @Device(name = \"service\", type = DeviceType...), or drop one of the blueprints"
        + " from @Apply.");
  }

  @Test
  void badBlueprint() {
    JavaFileObject site = source("test.Site",
        "package test;",
        "import dev.kiln.annotations.*;",
        "@Blueprint(",
        "    name = \"Static Site\", version = \"1.0\", doc = \"A site.\")",
        "public interface Site {}");
    Compilation compilation = compile(site);
    assertThat(compilation).hadErrorContaining("[Kiln/BadBlueprint] Blueprint Site is malformed:"
        + " its name \"Static Site\" is not lower-case letters, digits and '-'.")
        .inFile(site).onLine(4);
    assertThat(compilation).hadErrorContaining("Fix: name it like \"static-site\"");
  }

  @Test
  void badBlueprintThatIsAClass() {
    JavaFileObject site = source("test.Site",
        "package test;",
        "import dev.kiln.annotations.*;",
        "@Blueprint(name = \"site\", version = \"1.0\", doc = \"A site.\")",
        "public final class Site {}");
    assertThat(compile(site)).hadErrorContaining(
        "[Kiln/BadBlueprint] Blueprint Site is malformed: it is not a public interface.")
        .inFile(site).onLine(3);
  }

  @Test
  void notAnApplicationWithoutInjectConstructor() {
    JavaFileObject app = source("test.App",
        "package test;",
        "import dev.kiln.annotations.*;",
        "import dev.kiln.api.*;",
        "@Unikernel(name = \"app\")",
        "public final class App implements Application {",
        "  App() {}",
        "  @Override public void start() {}",
        "}");
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining("[Kiln/NotAnApplication] App cannot be the root of"
        + " an image: it has no @Inject constructor.").inFile(app).onLine(4);
  }

  @Test
  void notAnApplicationWithoutTheInterface() {
    JavaFileObject app = source("test.App",
        "package test;",
        "import dev.kiln.annotations.*;",
        "@Unikernel(name = \"app\")",
        "public final class App {",
        "  @jakarta.inject.Inject App() {}",
        "}");
    Compilation compilation = compile(with(platform(), app));
    assertThat(compilation).hadErrorContaining(
        "it does not implement dev.kiln.api.Application").inFile(app).onLine(3);
  }

  @Test
  void badImageName() {
    JavaFileObject app = source("test.App",
        "package test;",
        "import dev.kiln.annotations.*;",
        "import dev.kiln.api.*;",
        "@Unikernel(",
        "    name = \"My App\")",
        "public final class App implements Application {",
        "  @jakarta.inject.Inject App() {}",
        "  @Override public void start() {}",
        "}");
    assertThat(compile(with(platform(), app))).hadErrorContaining(
        "[Kiln/BadImageName] Image name \"My App\" is not allowed.").inFile(app).onLine(5);
  }

  @Test
  void badModuleWithoutDaggerModule() {
    JavaFileObject module = source("test.Broken",
        "package test;",
        "@dev.kiln.annotations.KilnModule(provides = Thing.class, doc = \"Broken.\")",
        "public final class Broken {}");
    Compilation compilation = compile(capability("Thing"), module);
    assertThat(compilation).hadErrorContaining(
        "[Kiln/BadModule] Module Broken is malformed: it is not a Dagger @Module.")
        .inFile(module).onLine(2);
  }

  @Test
  void badModuleProvidingANonCapability() {
    JavaFileObject module = source("test.Broken",
        "package test;",
        "@dev.kiln.annotations.KilnModule(provides = Runnable.class, doc = \"Broken.\")",
        "@dagger.Module",
        "public final class Broken {}");
    assertThat(compile(module)).hadErrorContaining(
        "[Kiln/NotACapability] Runnable is used as a capability in provides").inFile(module)
        .onLine(2);
  }

  @Test
  void badModuleWithASecretDefault() {
    JavaFileObject module = source("test.Broken",
        "package test;",
        "@dev.kiln.annotations.KilnModule(provides = Thing.class, doc = \"Broken.\",",
        "    config = @dev.kiln.annotations.ConfigKey(name = \"key\", doc = \"Key.\",",
        "        defaultValue = \"x\", secret = true))",
        "@dagger.Module",
        "public final class Broken {",
        "  @dagger.Provides static Thing thing() { return new Thing() {}; }",
        "}");
    assertThat(compile(capability("Thing"), module)).hadErrorContaining(
        "secret key \"key\" must be boot-time and have no default").inFile(module).onLine(2);
  }
}

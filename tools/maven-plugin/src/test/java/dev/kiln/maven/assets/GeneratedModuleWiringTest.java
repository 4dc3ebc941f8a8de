package dev.kiln.maven.assets;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.kiln.api.BootArguments;
import dev.kiln.api.boot.Composition;
import dev.kiln.api.kv.KvRo;
import dev.kiln.processor.KilnProcessor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles an application that injects {@link KvRo} together with a generated asset table, with
 * the Kiln and Dagger processors as a user's build runs them: the processor must find the
 * generated module in the same compilation and wire it, and the component must hand the
 * application the embedded bytes.
 */
class GeneratedModuleWiringTest {
  private static final String APP = """
      package com.example.site;

      import dev.kiln.annotations.Target;
      import dev.kiln.annotations.Unikernel;
      import dev.kiln.api.Application;
      import dev.kiln.api.kv.KvRo;
      import jakarta.inject.Inject;
      import java.util.function.Supplier;

      @Unikernel(name = "site", targets = Target.JVM)
      public final class Site implements Application, Supplier<KvRo> {
        private final KvRo files;

        @Inject
        Site(KvRo files) {
          this.files = files;
        }

        @Override
        public void start() {}

        @Override
        public KvRo get() {
          return files;
        }
      }
      """;

  @TempDir Path work;

  private static List<Processor> processors() throws Exception {
    return List.of(new KilnProcessor(), (Processor) Class.forName(
        "dagger.internal.codegen.ComponentProcessor").getDeclaredConstructor().newInstance());
  }

  private void writeApp() throws Exception {
    Path app = work.resolve("src/com/example/site/Site.java");
    Files.createDirectories(app.getParent());
    Files.writeString(app, APP);
  }

  @Test
  void theGeneratedModuleIsWiredAndServesTheBytes() throws Exception {
    writeApp();
    byte[] page = "<h1>hello</h1>\n".getBytes(StandardCharsets.UTF_8);
    AssetTableWriter.write(work.resolve("src"), "com.example.site", "src/main/kiln-assets",
        List.of(Asset.of("index.html", page), Asset.of("a/b.bin", new byte[] {0, -1, 7})));

    Javac.Result compiled = Javac.compile(work.resolve("src"), work.resolve("classes"),
        processors());

    assertWithMessage(compiled.diagnostics()).that(compiled.success()).isTrue();
    String report = Files.readString(
        work.resolve("classes/META-INF/kiln/site/components.json"));
    assertThat(report).contains("com.example.site.KilnAssetsModule");
    assertThat(report).contains("dev.kiln.kvro.KvRoModule");
    KvRo files = compose(work.resolve("classes")).get();
    assertThat(files.keys()).containsExactly("a/b.bin", "index.html").inOrder();
    assertThat(files.get("index.html").bytes()).isEqualTo(page);
    assertThat(files.get("index.html").mimeType()).isEqualTo("text/html; charset=utf-8");
    assertThat(files.get("a/b.bin").bytes()).isEqualTo(new byte[] {0, -1, 7});
  }

  @Test
  void withoutTheAssetsGoalTheMissingTableIsNamed() throws Exception {
    writeApp();

    Javac.Result compiled = Javac.compile(work.resolve("src"), work.resolve("classes"),
        processors());

    assertThat(compiled.success()).isFalse();
    assertThat(compiled.diagnostics()).contains(
        "[Kiln/MissingProvider] No module provides AssetTable for target jvm.");
    assertThat(compiled.diagnostics()).contains("KvRoModule requires AssetTable");
  }

  @SuppressWarnings("unchecked")
  private static Supplier<KvRo> compose(Path classes) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        GeneratedModuleWiringTest.class.getClassLoader());
    Class<?> component = loader.loadClass("com.example.site.DaggerSiteJvmComponent");
    Object factory = component.getMethod("factory").invoke(null);
    Method create = factory.getClass().getMethod("create", BootArguments.class);
    create.setAccessible(true);
    Composition composition = (Composition) create.invoke(factory,
        BootArguments.parse(new String[0], 0));
    return (Supplier<KvRo>) composition.application();
  }
}

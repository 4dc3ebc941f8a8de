package dev.kiln.xen.internal;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.teavm.interop.Import;
import org.teavm.interop.c.Include;

/** The Java imports and the C layer agree: every imported function is declared and defined. */
class XenCallsTest {
  private static final Path C = Path.of("src/main/c");

  @Test
  void everyImportIsDeclaredInItsHeaderAndDefinedInTheBindings() throws Exception {
    String header = Files.readString(C.resolve("include/solo5_xen.h"));
    String exports = Files.readString(C.resolve("bindings/exports.c"));
    int checked = 0;
    for (Method method : XenCalls.class.getDeclaredMethods()) {
      Import imported = method.getAnnotation(Import.class);
      if (imported == null || !imported.name().startsWith("solo5_xen_")) {
        continue;
      }
      String name = imported.name();
      assertWithMessage("%s declared", name).that(header).containsMatch("\\b" + name + "\\(");
      assertWithMessage("%s defined", name).that(exports).containsMatch("\\b" + name + "\\(");
      checked++;
    }
    assertThat(checked).isAtLeast(20);
  }

  @Test
  void includePathFindsTheHeaderFromTheRuntimesIncludeDirectory() throws Exception {
    // The image builder puts kiln/c/solo5/include on the include path and unpacks this jar's
    // kiln/c/xen beside kiln/c/solo5.
    String include = XenCalls.class.getMethod("pageAlloc").getAnnotation(Include.class).value();
    Path sources = Path.of("kiln-c");
    Path found = sources.resolve("solo5/include").resolve(include).normalize();
    assertThat(found).isEqualTo(sources.resolve("xen/include/solo5_xen.h"));
    assertThat(Files.isRegularFile(C.resolve("include/solo5_xen.h"))).isTrue();
  }
}

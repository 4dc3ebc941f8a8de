package dev.kiln.processor.generate;

import com.palantir.javapoet.ClassName;
import dev.kiln.annotations.Target;
import dev.kiln.processor.model.ApplicationDescriptor;
import java.util.Locale;

/** Names of the classes generated for an application on a target, e.g. {@code HelloJvmMain}. */
public record GeneratedNames(ClassName component, ClassName config, ClassName main,
    ClassName daggerComponent) {

  public static GeneratedNames of(ApplicationDescriptor application, Target target) {
    ClassName root = ClassName.get(application.element());
    String base = String.join("_", root.simpleNames()) + capitalized(target);
    String packageName = root.packageName();
    return new GeneratedNames(
        ClassName.get(packageName, base + "Component"),
        ClassName.get(packageName, base + "Config"),
        ClassName.get(packageName, base + "Main"),
        ClassName.get(packageName, "Dagger" + base + "Component"));
  }

  private static String capitalized(Target target) {
    String id = target.id();
    return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
  }
}

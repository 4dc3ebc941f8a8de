package dev.kiln.processor.check;

import dev.kiln.annotations.ConfigPhase;
import dev.kiln.processor.diagnostic.Location;
import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.model.ConfigKeyDescriptor;
import dev.kiln.processor.model.ModuleDescriptor;
import dev.kiln.processor.read.AnnotationValues;
import dev.kiln.processor.read.KilnTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Checks a {@code @KilnModule} declaration when the module itself is compiled. */
public final class ModuleCheck {
  private static final Pattern KEY_NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

  private final Elements elements;

  public ModuleCheck(Elements elements) {
    this.elements = elements;
  }

  public List<Problem> check(ModuleDescriptor module) {
    List<Problem> problems = new ArrayList<>();
    TypeElement element = module.element();
    AnnotationMirror mirror = AnnotationValues.find(element, KilnTypes.KILN_MODULE);
    Location location = Location.of(element, mirror);
    if (AnnotationValues.find(element, KilnTypes.DAGGER_MODULE) == null) {
      problems.add(Messages.badModule(module.qualifiedName(), "it is not a Dagger @Module",
          "annotate " + module.simpleName() + " with @dagger.Module and bind what it provides.",
          location));
    }
    if (module.provides().isEmpty()) {
      problems.add(Messages.badModule(module.qualifiedName(), "it provides nothing",
          "list the capabilities it binds in @KilnModule(provides = ...).", location));
    }
    for (String type : module.provides()) {
      checkCapability(type, "a capability in provides", location, problems);
    }
    for (String type : module.requires()) {
      checkCapability(type, "a capability in requires", location, problems);
    }
    for (ConfigKeyDescriptor key : module.configKeys()) {
      checkKey(module, key, location, problems);
    }
    return problems;
  }

  private void checkCapability(
      String type, String usedAs, Location location, List<Problem> problems) {
    TypeElement element = elements.getTypeElement(type);
    if (element == null || element.getKind() != ElementKind.INTERFACE
        || AnnotationValues.find(element, KilnTypes.CAPABILITY) == null) {
      problems.add(Messages.notACapability(type, usedAs, location));
    }
  }

  private static void checkKey(ModuleDescriptor module, ConfigKeyDescriptor key,
      Location location, List<Problem> problems) {
    if (!KEY_NAME.matcher(key.name()).matches()) {
      problems.add(Messages.badModule(module.qualifiedName(),
          "configuration key \"" + key.name() + "\" is not lower-case words joined by dots",
          "name the key like \"http.port\".", location));
    }
    if (key.secret() && (key.phase() != ConfigPhase.BOOT || key.defaultValue() != null)) {
      problems.add(Messages.badModule(module.qualifiedName(),
          "secret key \"" + key.name() + "\" must be boot-time and have no default",
          "declare it with phase = ConfigPhase.BOOT and no defaultValue.", location));
    }
    if (key.defaultValue() != null) {
      String misfit = ConfigValues.misfit(key.type(), key.defaultValue());
      if (misfit != null) {
        problems.add(Messages.badConfigValue(key, key.defaultValue(), misfit, location));
      }
    }
  }

  /** Whether the element is a class Kiln can index. */
  public static boolean isIndexable(Element element) {
    return element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.INTERFACE;
  }
}

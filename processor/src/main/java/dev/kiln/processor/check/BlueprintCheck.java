package dev.kiln.processor.check;

import dev.kiln.processor.diagnostic.Location;
import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.model.BlueprintDescriptor;
import dev.kiln.processor.model.ConfigSetting;
import dev.kiln.processor.read.AnnotationValues;
import dev.kiln.processor.read.KilnTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Checks the shape of a {@code @Blueprint} declaration: a public interface with a usable name,
 * version and doc, valid devices, each key set once, and nothing only applications or modules
 * may declare. What it applies is checked when it is merged.
 */
public final class BlueprintCheck {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}");

  private BlueprintCheck() {}

  public static List<Problem> check(BlueprintDescriptor blueprint) {
    List<Problem> problems = new ArrayList<>();
    TypeElement element = blueprint.element();
    String type = blueprint.id().qualifiedName();
    Location whole = Location.of(element, blueprint.annotation());
    if (element.getKind() != ElementKind.INTERFACE
        || !element.getModifiers().contains(Modifier.PUBLIC)) {
      problems.add(Messages.badBlueprint(type, "it is not a public interface",
          "declare " + blueprint.simpleName() + " as a public interface without members.",
          whole));
    }
    if (!NAME.matcher(blueprint.id().name()).matches()) {
      problems.add(Messages.badBlueprint(type,
          "its name \"" + blueprint.id().name() + "\" is not lower-case letters, digits and '-'",
          "name it like \"static-site\" (starting with a letter, at most 64 characters).",
          at(blueprint, "name")));
    }
    if (!VERSION.matcher(blueprint.id().version()).matches()) {
      problems.add(Messages.badBlueprint(type,
          "its version \"" + blueprint.id().version() + "\" is not a Maven version",
          "give the version of the artifact that ships it, like \"0.1.0\".",
          at(blueprint, "version")));
    }
    if (blueprint.doc().isBlank()) {
      problems.add(Messages.badBlueprint(type, "its doc is empty",
          "say in one line what an application gets by applying it.", at(blueprint, "doc")));
    }
    for (String[] other : new String[][] {
        {KilnTypes.UNIKERNEL, "@Unikernel", "an application applies a blueprint with @Apply"},
        {KilnTypes.KILN_MODULE, "@KilnModule", "modules and blueprints are separate classes"},
        {KilnTypes.CONFIG_KEY, "@ConfigKey", "modules declare keys, blueprints set them"},
        {KilnTypes.CONFIG_KEYS, "@ConfigKey", "modules declare keys, blueprints set them"}}) {
      if (AnnotationValues.find(element, other[0]) != null) {
        problems.add(Messages.badBlueprint(type, "it is also annotated " + other[1],
            "remove " + other[1] + " from " + blueprint.simpleName() + ": " + other[2] + ".",
            whole));
      }
    }
    problems.addAll(DeviceCheck.check(blueprint.declarations().devices()));
    Set<String> keys = new HashSet<>();
    for (ConfigSetting setting : blueprint.declarations().settings()) {
      if (!keys.add(setting.key())) {
        problems.add(Messages.duplicateConfig(setting.key(), setting.location()));
      }
    }
    return problems;
  }

  private static Location at(BlueprintDescriptor blueprint, String member) {
    return new Location(blueprint.element(), blueprint.annotation(),
        AnnotationValues.explicitValue(blueprint.annotation(), member));
  }
}

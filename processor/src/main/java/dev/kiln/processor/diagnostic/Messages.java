package dev.kiln.processor.diagnostic;

import dev.kiln.annotations.Target;
import dev.kiln.processor.model.BlueprintId;
import dev.kiln.processor.model.ConfigKeyDescriptor;
import dev.kiln.processor.model.ConfigSetting;
import dev.kiln.processor.model.DeviceDescriptor;
import dev.kiln.processor.model.ModuleDescriptor;
import dev.kiln.processor.model.Need;
import dev.kiln.processor.model.Names;
import dev.kiln.processor.model.Origin;
import java.util.List;

/**
 * Every message text of the processor. Each says what is wrong in the user's terms, shows the
 * chain of needs where there is one, and ends with a {@code Fix:} line.
 */
public final class Messages {
  private static final int MAX_DEVICE_NAME = 67;
  private static final String PLATFORM = "dev.kiln.api.Platform";

  private Messages() {}

  public static Problem missingProvider(Need need, Target target) {
    String capability = Names.simple(need.capability());
    return problem(
        ErrorId.MISSING_PROVIDER,
        "No module provides " + capability + " for target " + target.id() + ".",
        chain(need),
        "add a dependency on a module that provides " + need.capability()
            + " (a class with @KilnModule(provides = " + capability + ".class)),"
            + " or remove the need.",
        need.location());
  }

  public static Problem unsupportedOnTarget(
      Need need, Target target, List<ModuleDescriptor> candidates) {
    if (need.capability().equals(PLATFORM)) {
      return problem(
          ErrorId.UNSUPPORTED_ON_TARGET,
          "Nothing on the classpath runs target " + target.id() + ".",
          chain(need),
          "add a dependency on dev.kiln:kiln-target-" + target.id() + ", or leave "
              + target.id() + " out of @Unikernel(targets = ...).",
          need.location());
    }
    StringBuilder found = new StringBuilder("  Modules that provide it:");
    for (ModuleDescriptor module : candidates) {
      found.append("\n    ").append(module.qualifiedName())
          .append(" (targets: ").append(module.targetsText()).append(')');
    }
    return problem(
        ErrorId.UNSUPPORTED_ON_TARGET,
        "No module provides " + Names.simple(need.capability()) + " on target " + target.id()
            + "; the modules that provide it run elsewhere.",
        chain(need) + "\n" + found,
        "add a module that provides " + Names.simple(need.capability()) + " on " + target.id()
            + ", or leave " + target.id() + " out of @Unikernel(targets = ...).",
        need.location());
  }

  public static Problem ambiguousProvider(Need need, List<ModuleDescriptor> candidates) {
    StringBuilder found = new StringBuilder("  Candidates:");
    for (ModuleDescriptor module : candidates) {
      found.append("\n    ").append(module.qualifiedName());
    }
    return problem(
        ErrorId.AMBIGUOUS_PROVIDER,
        candidates.size() + " modules provide " + Names.simple(need.capability())
            + "; an image needs exactly one.",
        chain(need) + "\n" + found,
        "choose one with @Use(" + candidates.get(0).simpleName() + ".class) on the application,"
            + " or remove the other modules from the classpath.",
        need.location());
  }

  public static Problem conflictingProvider(
      Need need, String capability, ModuleDescriptor chosen, ModuleDescriptor earlier) {
    return problem(
        ErrorId.AMBIGUOUS_PROVIDER,
        chosen.simpleName() + " and " + earlier.simpleName() + " both provide "
            + Names.simple(capability) + "; an image needs exactly one.",
        chain(need),
        "choose the modules with @Use so that one module provides " + Names.simple(capability)
            + ".",
        need.location());
  }

  public static Problem dependencyCycle(Need need, List<ModuleDescriptor> cycle) {
    StringBuilder circle = new StringBuilder("  Cycle: ");
    for (ModuleDescriptor module : cycle) {
      circle.append(module.simpleName()).append(" -> ");
    }
    circle.append(cycle.get(0).simpleName());
    return problem(
        ErrorId.DEPENDENCY_CYCLE,
        "Modules require each other in a circle, so none of them can be built first.",
        chain(need) + "\n" + circle,
        "break the circle: one of these modules must not require what the next provides"
            + " (choose other modules with @Use, or split a module).",
        need.location());
  }

  public static Problem badDeviceName(String name, Location location) {
    String why = name.isEmpty() ? "it is empty"
        : name.length() > MAX_DEVICE_NAME ? "it has " + name.length() + " characters"
        : "it contains '" + firstBadCharacter(name) + "'";
    return problem(
        ErrorId.BAD_DEVICE_NAME,
        "Device name \"" + name + "\" is not allowed: " + why + ".",
        "  Solo5 device names are 1 to 67 ASCII letters and digits.",
        "rename the device, e.g. \"" + suggestDeviceName(name) + "\".",
        location);
  }

  public static Problem tooManyDevices(int count, Location location) {
    return problem(
        ErrorId.TOO_MANY_DEVICES,
        count + " devices are declared; an image can have at most 63.",
        "  Solo5's manifest holds 64 entries, one of them reserved.",
        "declare at most 63 devices.",
        location);
  }

  public static Problem duplicateDeviceName(String name, Location location) {
    return problem(
        ErrorId.DUPLICATE_DEVICE_NAME,
        "Device \"" + name + "\" is declared twice.",
        "  The host attaches devices by name, so each name must be unique.",
        "remove one declaration or give it another name.",
        location);
  }

  public static Problem unknownConfigKey(
      String key, Target target, List<String> known, ModuleDescriptor elsewhere, Location location) {
    String detail = elsewhere != null
        ? "  " + key + " is read by " + elsewhere.qualifiedName()
            + ", which this image does not include on " + target.id() + "."
        : "  Keys of this image: " + (known.isEmpty() ? "none" : String.join(", ", known));
    String fix = elsewhere != null
        ? "need a capability of " + elsewhere.simpleName() + " (it provides "
            + simpleNames(elsewhere.provides()) + "), or remove the @Config."
        : "use one of the keys listed, or declare the key with @ConfigKey.";
    return problem(
        ErrorId.UNKNOWN_CONFIG_KEY,
        "No module of this image reads configuration key \"" + key + "\".",
        detail,
        fix,
        location);
  }

  public static Problem badConfigValue(
      ConfigKeyDescriptor key, String value, String why, Location location) {
    return problem(
        ErrorId.BAD_CONFIG_VALUE,
        "Configuration key \"" + key.name() + "\" takes " + key.type() + ", and \"" + value
            + "\" " + why + ".",
        "  Declared by " + key.declaredBy() + ": " + key.doc(),
        "give a " + key.type() + " value, e.g. " + example(key) + ".",
        location);
  }

  public static Problem duplicateConfig(String key, Location location) {
    return problem(
        ErrorId.DUPLICATE_CONFIG,
        "Configuration key \"" + key + "\" is set twice.",
        "  Each key takes one value.",
        "remove one of the @Config annotations for \"" + key + "\".",
        location);
  }

  public static Problem missingConfigValue(ConfigKeyDescriptor key, Location location) {
    return problem(
        ErrorId.MISSING_CONFIG_VALUE,
        "Build-time key \"" + key.name() + "\" has no default and is not set.",
        "  Declared by " + key.declaredBy() + ": " + key.doc(),
        "add @Config(key = \"" + key.name() + "\", value = ...) to the application.",
        location);
  }

  public static Problem secretInImage(ConfigKeyDescriptor key, Location location) {
    return problem(
        ErrorId.SECRET_IN_IMAGE,
        "Key \"" + key.name() + "\" is a secret, so it cannot be set at build time.",
        "  A value set here would be stored inside the image and its report.",
        "remove the @Config and pass --" + key.name() + "=... on the boot command line.",
        location);
  }

  public static Problem notACapability(String type, String usedAs, Location location) {
    return problem(
        ErrorId.NOT_A_CAPABILITY,
        Names.simple(type) + " is used as " + usedAs + " but is not a capability.",
        "  A capability is an interface annotated @Capability, like dev.kiln.api.Console.",
        "name a capability interface, or annotate " + type + " with @Capability.",
        location);
  }

  public static Problem notAModule(String type, Location location) {
    return problem(
        ErrorId.NOT_A_MODULE,
        "@Use names " + Names.simple(type) + ", which is not a Kiln module on the classpath.",
        "  @Use takes classes annotated @KilnModule.",
        "name a @KilnModule class, or add the jar that contains " + type + ".",
        location);
  }

  public static Problem notABlueprint(String type, Location location) {
    return problem(
        ErrorId.NOT_A_BLUEPRINT,
        "@Apply names " + Names.simple(type) + ", which is not a blueprint.",
        "  @Apply takes interfaces annotated @Blueprint, such as those of the"
            + " kiln-blueprint-* artifacts; a module is chosen with @Use instead.",
        "name a @Blueprint interface, or add the jar that contains " + type + ".",
        location);
  }

  /**
   * @param appliedTo the application or blueprint whose {@code @Apply} brings both in
   * @param first the value of the blueprint applied first
   * @param second the other value
   */
  public static Problem conflictingBlueprintConfig(
      String appliedTo, ConfigSetting first, ConfigSetting second, Location location) {
    String key = first.key();
    return problem(
        ErrorId.CONFLICTING_BLUEPRINT_CONFIG,
        "Blueprints " + coordinate(first.origin()) + " and " + coordinate(second.origin())
            + ", applied to " + appliedTo + ", set \"" + key + "\" to different values.",
        "  " + who(first.origin()) + " sets \"" + first.value() + "\".\n"
            + "  " + who(second.origin()) + " sets \"" + second.value() + "\".\n"
            + "  An image takes one value per key, and neither blueprint comes first.",
        "override it in the application with @Config(key = \"" + key + "\", value = ...),"
            + " or drop one of the blueprints from @Apply.",
        location);
  }

  /**
   * @param appliedTo the application or blueprint whose {@code @Apply} brings both in
   * @param first the device of the blueprint applied first
   * @param second the other device
   */
  public static Problem conflictingBlueprintDevice(
      String appliedTo, DeviceDescriptor first, DeviceDescriptor second, Location location) {
    String name = first.name();
    return problem(
        ErrorId.CONFLICTING_BLUEPRINT_DEVICE,
        "Blueprints " + coordinate(first.origin()) + " and " + coordinate(second.origin())
            + ", applied to " + appliedTo + ", declare device \"" + name
            + "\" with different types.",
        "  " + who(first.origin()) + " declares it " + first.type() + ".\n"
            + "  " + who(second.origin()) + " declares it " + second.type() + ".\n"
            + "  The host attaches devices by name, so one name has one type.",
        "override it in the application with @Device(name = \"" + name
            + "\", type = DeviceType...), or drop one of the blueprints from @Apply.",
        location);
  }

  /**
   * A problem found inside a blueprint, placed where the blueprint is applied: its own source is
   * usually in a jar, where the compiler cannot point.
   */
  public static Problem inBlueprint(Problem problem, BlueprintId blueprint, Location applied) {
    String message = problem.message();
    int newline = message.indexOf('\n');
    String headline = newline < 0 ? message : message.substring(0, newline);
    String rest = newline < 0 ? "" : message.substring(newline);
    return new Problem(problem.id(), headline + "\n  In blueprint " + blueprint.coordinate()
        + " (" + blueprint.qualifiedName() + "), applied here." + rest, applied);
  }

  /** A note, not an error: a blueprint's value that no module of the image reads. */
  public static String unusedBlueprintSetting(ConfigSetting setting, String image) {
    return "Kiln: blueprint " + setting.origin().blueprintCoordinate() + " sets \""
        + setting.key() + "\", which no module of image " + image + " reads; it has no effect.";
  }

  public static Problem notAnApplication(String className, String why, String fix,
      Location location) {
    return problem(
        ErrorId.NOT_AN_APPLICATION,
        className + " cannot be the root of an image: " + why + ".",
        "  The boot entry constructs the @Unikernel class with Dagger and calls start().",
        fix,
        location);
  }

  public static Problem badImageName(String name, Location location) {
    return problem(
        ErrorId.BAD_IMAGE_NAME,
        "Image name \"" + name + "\" is not allowed.",
        "  It becomes file names such as target/" + name + ".spt: lower-case letters, digits"
            + " and '-', starting with a letter, at most 64 characters.",
        "use a name like \"web\" or \"kv-service\".",
        location);
  }

  public static Problem badModule(String module, String why, String fix, Location location) {
    return problem(
        ErrorId.BAD_MODULE,
        "Module " + Names.simple(module) + " is malformed: " + why + ".",
        "  Declared in " + module + ".",
        fix,
        location);
  }

  public static Problem badBlueprint(String blueprint, String why, String fix,
      Location location) {
    return problem(
        ErrorId.BAD_BLUEPRINT,
        "Blueprint " + Names.simple(blueprint) + " is malformed: " + why + ".",
        "  Declared in " + blueprint + ".",
        fix,
        location);
  }

  public static Problem internalError(Throwable error, Location location) {
    StackTraceElement[] frames = error.getStackTrace();
    String where = frames.length > 0 ? "\n  at " + frames[0] : "";
    return problem(
        ErrorId.INTERNAL_ERROR,
        "The Kiln processor failed: " + error + where,
        "  This is a bug in Kiln, not in your code.",
        "report it with this message; meanwhile, check the most recent change to the"
            + " annotations of this class.",
        location);
  }

  private static Problem problem(
      ErrorId id, String headline, String detail, String fix, Location location) {
    return new Problem(id, id.tag() + " " + headline + "\n" + detail + "\n  Fix: " + fix,
        location);
  }

  private static String coordinate(Origin origin) {
    return origin.blueprintCoordinate();
  }

  /** {@code static-site@0.1.0 (dev.kiln.blueprints.staticsite.StaticSite)}. */
  private static String who(Origin origin) {
    return origin.blueprintCoordinate() + " (" + origin.blueprint().qualifiedName() + ")";
  }

  private static String chain(Need need) {
    StringBuilder text = new StringBuilder("  Chain of needs:");
    String indent = "\n    ";
    for (String step : need.chain()) {
      text.append(indent).append(step);
      indent = "\n    -> ";
    }
    return text.toString();
  }

  private static String simpleNames(List<String> names) {
    StringBuilder text = new StringBuilder();
    for (String name : names) {
      text.append(text.length() == 0 ? "" : ", ").append(Names.simple(name));
    }
    return text.toString();
  }

  private static char firstBadCharacter(String name) {
    for (char c : name.toCharArray()) {
      if (!isAsciiLetterOrDigit(c)) {
        return c;
      }
    }
    return '?';
  }

  private static String suggestDeviceName(String name) {
    StringBuilder suggestion = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (isAsciiLetterOrDigit(c) && suggestion.length() < MAX_DEVICE_NAME) {
        suggestion.append(c);
      }
    }
    return suggestion.length() == 0 ? "service" : suggestion.toString();
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String example(ConfigKeyDescriptor key) {
    switch (key.type()) {
      case INT:
      case LONG:
        return "\"8080\"";
      case BOOLEAN:
        return "\"true\"";
      default:
        return "\"text\"";
    }
  }
}

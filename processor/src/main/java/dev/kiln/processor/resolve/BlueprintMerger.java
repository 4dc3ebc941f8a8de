package dev.kiln.processor.resolve;

import dev.kiln.processor.check.BlueprintCheck;
import dev.kiln.processor.diagnostic.Location;
import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.model.BlueprintDescriptor;
import dev.kiln.processor.model.ConfigSetting;
import dev.kiln.processor.model.Declarations;
import dev.kiln.processor.model.Declarations.BlueprintReference;
import dev.kiln.processor.model.Declarations.DeclaredNeed;
import dev.kiln.processor.model.DeviceDescriptor;
import dev.kiln.processor.model.ModuleChoice;
import dev.kiln.processor.model.Names;
import dev.kiln.processor.model.Need;
import dev.kiln.processor.model.Origin;
import dev.kiln.processor.read.BlueprintReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the blueprints a class applies into what the class declares itself. The rules, at every
 * level (an application applying blueprints, a blueprint applying others):
 *
 * <ul>
 *   <li>needs and module choices are added together;
 *   <li>the applying class's own {@code @Config} and {@code @Device} override the blueprints';
 *   <li>two applied blueprints that set one key to different values, or declare one device name
 *       with different types, are an error unless the applying class sets that key or device;
 *   <li>the same blueprint reached twice counts once; a blueprint that applies itself is an error.
 * </ul>
 *
 * Everything a blueprint brings is placed, for diagnostics, on the {@code @Apply} value that
 * brought it in: the blueprint's own source is usually in a jar.
 */
public final class BlueprintMerger {
  private final BlueprintReader reader;

  /** What a class declares or brings in: the unit merged at each level. */
  public record Layer(List<Need> needs, List<DeviceDescriptor> devices,
      List<ConfigSetting> settings, List<ModuleChoice> choices) {}

  /**
   * The merged layer, every blueprint met (in the order first met, each once), and the problems.
   */
  public record Result(Layer merged, List<BlueprintDescriptor> blueprints,
      List<Problem> problems) {}

  public BlueprintMerger(BlueprintReader reader) {
    this.reader = reader;
  }

  /**
   * @param own what the applying class declares itself, its needs already made root needs
   * @param applied the class's {@code @Apply} values
   * @param appliedTo how messages name the applying class, e.g. {@code Web}
   * @param self the applying class's qualified name, to catch a blueprint applying itself
   */
  public Result merge(Layer own, List<BlueprintReference> applied, String appliedTo,
      String self) {
    Map<String, BlueprintDescriptor> met = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    Deque<String> path = new ArrayDeque<>();
    path.addLast(self);
    Layer merged = overlay(own, applied, appliedTo, null, path, met, problems);
    return new Result(merged, List.copyOf(met.values()), List.copyOf(problems));
  }

  /**
   * Merges what a blueprint applies into the blueprint itself, as when the blueprint is compiled;
   * its own declarations keep their places in its source.
   */
  public Result merge(BlueprintDescriptor blueprint) {
    Declarations own = blueprint.declarations();
    return merge(ownLayer(blueprint, null), own.applied(),
        "blueprint " + blueprint.id().coordinate(), blueprint.id().qualifiedName());
  }

  /** The class's own layer over the union of its blueprints' layers. */
  private Layer overlay(Layer own, List<BlueprintReference> applied, String appliedTo,
      Location anchor, Deque<String> path, Map<String, BlueprintDescriptor> met,
      List<Problem> problems) {
    List<Layer> children = new ArrayList<>();
    for (BlueprintReference reference : applied) {
      Location at = anchor != null ? anchor : reference.location();
      Layer child = blueprintLayer(reference, at, path, met, problems);
      if (child != null) {
        children.add(child);
      }
    }
    return new Layer(
        needs(own, children),
        devices(own, children, appliedTo, problems),
        settings(own, children, appliedTo, problems),
        choices(own, children));
  }

  private Layer blueprintLayer(BlueprintReference reference, Location at, Deque<String> path,
      Map<String, BlueprintDescriptor> met, List<Problem> problems) {
    BlueprintReader.Result read =
        reference.element() == null ? null : reader.read(reference.element());
    if (read == null) {
      problems.add(Messages.notABlueprint(reference.qualifiedName(), at));
      return null;
    }
    BlueprintDescriptor blueprint = read.blueprint();
    String name = blueprint.id().qualifiedName();
    if (path.contains(name)) {
      problems.add(Messages.badBlueprint(name, "it applies itself through " + cycle(path, name),
          "remove one of the @Apply values so that no blueprint applies itself.", at));
      return null;
    }
    if (met.putIfAbsent(name, blueprint) == null) {
      List<Problem> inside = new ArrayList<>(read.problems());
      inside.addAll(BlueprintCheck.check(blueprint));
      for (Problem problem : inside) {
        problems.add(Messages.inBlueprint(problem, blueprint.id(), at));
      }
    }
    path.addLast(name);
    Layer merged = overlay(ownLayer(blueprint, at), blueprint.declarations().applied(),
        "blueprint " + blueprint.id().coordinate(), at, path, met, problems);
    path.removeLast();
    return merged;
  }

  /**
   * What a blueprint declares itself, placed at {@code at}, or where it is written when {@code at}
   * is null.
   */
  private static Layer ownLayer(BlueprintDescriptor blueprint, Location at) {
    Origin origin = Origin.of(blueprint.id());
    Declarations declared = blueprint.declarations();
    List<Need> needs = new ArrayList<>();
    for (DeclaredNeed need : declared.needs()) {
      needs.add(Need.root(need.capability(), "@Needs of blueprint " + blueprint.id().coordinate(),
          at != null ? at : need.location(), origin));
    }
    if (at == null) {
      return new Layer(needs, declared.devices(), declared.settings(), declared.choices());
    }
    return new Layer(needs,
        declared.devices().stream().map(device -> device.at(at)).toList(),
        declared.settings().stream().map(setting -> setting.at(at)).toList(),
        declared.choices().stream().map(choice -> choice.at(at)).toList());
  }

  private static List<Need> needs(Layer own, List<Layer> children) {
    List<Need> needs = new ArrayList<>(own.needs());
    Set<String> capabilities = new HashSet<>();
    own.needs().forEach(need -> capabilities.add(need.capability()));
    for (Layer child : children) {
      for (Need need : child.needs()) {
        if (capabilities.add(need.capability())) {
          needs.add(need);
        }
      }
    }
    return List.copyOf(needs);
  }

  private static List<DeviceDescriptor> devices(
      Layer own, List<Layer> children, String appliedTo, List<Problem> problems) {
    Set<String> overridden = new HashSet<>();
    own.devices().forEach(device -> overridden.add(device.name()));
    Map<String, DeviceDescriptor> fromBlueprints = new LinkedHashMap<>();
    Set<String> reported = new HashSet<>();
    for (Layer child : children) {
      for (DeviceDescriptor device : child.devices()) {
        DeviceDescriptor earlier = fromBlueprints.putIfAbsent(device.name(), device);
        if (earlier != null && earlier.type() != device.type()
            && !overridden.contains(device.name()) && reported.add(device.name())) {
          problems.add(Messages.conflictingBlueprintDevice(
              appliedTo, earlier, device, device.location()));
        }
      }
    }
    List<DeviceDescriptor> devices = new ArrayList<>(own.devices());
    for (DeviceDescriptor device : fromBlueprints.values()) {
      if (!overridden.contains(device.name())) {
        devices.add(device);
      }
    }
    return List.copyOf(devices);
  }

  private static List<ConfigSetting> settings(
      Layer own, List<Layer> children, String appliedTo, List<Problem> problems) {
    Set<String> overridden = new HashSet<>();
    own.settings().forEach(setting -> overridden.add(setting.key()));
    Map<String, ConfigSetting> fromBlueprints = new LinkedHashMap<>();
    Set<String> reported = new HashSet<>();
    for (Layer child : children) {
      for (ConfigSetting setting : child.settings()) {
        ConfigSetting earlier = fromBlueprints.putIfAbsent(setting.key(), setting);
        if (earlier != null && !earlier.value().equals(setting.value())
            && !overridden.contains(setting.key()) && reported.add(setting.key())) {
          problems.add(Messages.conflictingBlueprintConfig(
              appliedTo, earlier, setting, setting.location()));
        }
      }
    }
    List<ConfigSetting> settings = new ArrayList<>(own.settings());
    for (ConfigSetting setting : fromBlueprints.values()) {
      if (!overridden.contains(setting.key())) {
        settings.add(setting);
      }
    }
    return List.copyOf(settings);
  }

  private static List<ModuleChoice> choices(Layer own, List<Layer> children) {
    List<ModuleChoice> choices = new ArrayList<>(own.choices());
    Set<String> modules = new HashSet<>();
    own.choices().forEach(choice -> modules.add(choice.qualifiedName()));
    for (Layer child : children) {
      for (ModuleChoice choice : child.choices()) {
        if (modules.add(choice.qualifiedName())) {
          choices.add(choice);
        }
      }
    }
    return List.copyOf(choices);
  }

  private static String cycle(Deque<String> path, String repeated) {
    StringBuilder text = new StringBuilder();
    boolean inCycle = false;
    for (String step : path) {
      inCycle |= step.equals(repeated);
      if (inCycle) {
        text.append(Names.simple(step)).append(" -> ");
      }
    }
    return text.append(Names.simple(repeated)).toString();
  }
}

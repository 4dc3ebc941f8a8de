package dev.kiln.processor.check;

import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.Target;
import dev.kiln.processor.diagnostic.Location;
import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.model.ApplicationDescriptor;
import dev.kiln.processor.model.ConfigKeyDescriptor;
import dev.kiln.processor.model.ConfigSetting;
import dev.kiln.processor.model.ModuleDescriptor;
import dev.kiln.processor.model.ResolvedSetting;
import dev.kiln.processor.model.SelectedModule;
import dev.kiln.processor.model.SettingSource;
import dev.kiln.processor.read.ModuleCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives every configuration key of a composition its build-time value, checking the
 * application's {@code @Config} settings against the keys of the included modules. A value comes
 * from the application, else from a blueprint it applied, else from the key's default.
 */
public final class ConfigResolver {
  /** The settings in key order, and the problems found. */
  public record Result(List<ResolvedSetting> settings, List<Problem> problems) {}

  private final ModuleCatalogue catalogue;

  public ConfigResolver(ModuleCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public Result resolve(
      ApplicationDescriptor application, Target target, List<SelectedModule> modules) {
    Map<String, ConfigKeyDescriptor> keys = new TreeMap<>();
    for (ConfigKeyDescriptor key : application.configKeys()) {
      keys.putIfAbsent(key.name(), key);
    }
    for (SelectedModule selected : modules) {
      for (ConfigKeyDescriptor key : selected.module().configKeys()) {
        keys.putIfAbsent(key.name(), key);
      }
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, ConfigSetting> given = new HashMap<>();
    for (ConfigSetting setting : application.settings()) {
      if (setting.origin().isBlueprint()) {
        checkBlueprintSetting(setting, keys, given, problems);
        continue;
      }
      ConfigKeyDescriptor key = keys.get(setting.key());
      if (given.containsKey(setting.key())) {
        problems.add(Messages.duplicateConfig(setting.key(), setting.location()));
      } else if (key == null) {
        problems.add(Messages.unknownConfigKey(setting.key(), target, List.copyOf(keys.keySet()),
            moduleDeclaring(setting.key()), setting.location()));
      } else {
        problems.addAll(valueProblems(key, setting));
      }
      given.putIfAbsent(setting.key(), setting);
    }
    List<ResolvedSetting> settings = new ArrayList<>();
    for (ConfigKeyDescriptor key : keys.values()) {
      ConfigSetting setting = given.get(key.name());
      if (setting != null && !key.secret()) {
        settings.add(setting.origin().isBlueprint()
            ? new ResolvedSetting(key, setting.value(), SettingSource.BLUEPRINT,
                setting.origin().blueprint())
            : new ResolvedSetting(key, setting.value(), SettingSource.APPLICATION, null));
      } else if (key.defaultValue() != null && !key.secret()) {
        settings.add(new ResolvedSetting(key, key.defaultValue(), SettingSource.DEFAULT, null));
      } else if (key.phase() == ConfigPhase.BOOT) {
        settings.add(new ResolvedSetting(key, null, SettingSource.NONE, null));
      } else {
        problems.add(Messages.missingConfigValue(key,
            Location.of(application.element(), application.unikernel())));
      }
    }
    return new Result(List.copyOf(settings), List.copyOf(problems));
  }

  /**
   * A blueprint's value is a default for the keys this target's modules read; on a target where
   * no module reads the key it has nothing to set, so it is left out (a blueprint serves images
   * for several targets). The merge has already removed keys the application sets.
   */
  private static void checkBlueprintSetting(ConfigSetting setting,
      Map<String, ConfigKeyDescriptor> keys, Map<String, ConfigSetting> given,
      List<Problem> problems) {
    ConfigKeyDescriptor key = keys.get(setting.key());
    if (key == null || given.containsKey(setting.key())) {
      return;
    }
    for (Problem problem : valueProblems(key, setting)) {
      problems.add(Messages.inBlueprint(problem, setting.origin().blueprint(),
          setting.location()));
    }
    given.put(setting.key(), setting);
  }

  private static List<Problem> valueProblems(ConfigKeyDescriptor key, ConfigSetting setting) {
    if (key.secret()) {
      return List.of(Messages.secretInImage(key, setting.location()));
    }
    String misfit = ConfigValues.misfit(key.type(), setting.value());
    return misfit == null ? List.of()
        : List.of(Messages.badConfigValue(key, setting.value(), misfit, setting.location()));
  }

  private ModuleDescriptor moduleDeclaring(String key) {
    for (ModuleDescriptor module : catalogue.all()) {
      for (ConfigKeyDescriptor candidate : module.configKeys()) {
        if (candidate.name().equals(key)) {
          return module;
        }
      }
    }
    return null;
  }
}

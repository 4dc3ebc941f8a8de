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
 * application's {@code @Config} settings against the keys of the included modules.
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
      ConfigKeyDescriptor key = keys.get(setting.key());
      if (given.containsKey(setting.key())) {
        problems.add(Messages.duplicateConfig(setting.key(), setting.location()));
      } else if (key == null) {
        problems.add(Messages.unknownConfigKey(setting.key(), target, List.copyOf(keys.keySet()),
            moduleDeclaring(setting.key()), setting.location()));
      } else if (key.secret()) {
        problems.add(Messages.secretInImage(key, setting.location()));
      } else {
        String misfit = ConfigValues.misfit(key.type(), setting.value());
        if (misfit != null) {
          problems.add(Messages.badConfigValue(key, setting.value(), misfit, setting.location()));
        }
      }
      given.putIfAbsent(setting.key(), setting);
    }
    List<ResolvedSetting> settings = new ArrayList<>();
    for (ConfigKeyDescriptor key : keys.values()) {
      ConfigSetting setting = given.get(key.name());
      if (setting != null && !key.secret()) {
        settings.add(new ResolvedSetting(key, setting.value(), SettingSource.APPLICATION));
      } else if (key.defaultValue() != null && !key.secret()) {
        settings.add(new ResolvedSetting(key, key.defaultValue(), SettingSource.DEFAULT));
      } else if (key.phase() == ConfigPhase.BOOT) {
        settings.add(new ResolvedSetting(key, null, SettingSource.NONE));
      } else {
        problems.add(Messages.missingConfigValue(key,
            Location.of(application.element(), application.unikernel())));
      }
    }
    return new Result(List.copyOf(settings), List.copyOf(problems));
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

package dev.kiln.processor.read;

import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.ConfigType;
import dev.kiln.processor.model.ConfigKeyDescriptor;
import javax.lang.model.element.AnnotationMirror;

/** Reads one {@code @ConfigKey}. */
final class ConfigKeyReader {
  private final AnnotationValues values;

  ConfigKeyReader(AnnotationValues values) {
    this.values = values;
  }

  ConfigKeyDescriptor read(AnnotationMirror key, String declaredBy) {
    String defaultValue = values.string(key, "defaultValue");
    return new ConfigKeyDescriptor(
        values.string(key, "name"),
        ConfigType.valueOf(values.enumName(key, "type")),
        KilnTypes.NO_DEFAULT.equals(defaultValue) ? null : defaultValue,
        values.string(key, "doc"),
        ConfigPhase.valueOf(values.enumName(key, "phase")),
        values.bool(key, "secret"),
        declaredBy);
  }
}

package dev.kiln.processor.model;

/**
 * A configuration key of a composition with its build-time value.
 *
 * @param value null when the key has none at build time
 * @param blueprint the blueprint that set the value when {@code source} is {@code BLUEPRINT};
 *     null otherwise
 */
public record ResolvedSetting(
    ConfigKeyDescriptor key, String value, SettingSource source, BlueprintId blueprint) {}

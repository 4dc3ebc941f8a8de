package dev.kiln.processor.model;

/**
 * A configuration key of a composition with its build-time value.
 *
 * @param value null when the key has none at build time
 */
public record ResolvedSetting(ConfigKeyDescriptor key, String value, SettingSource source) {}

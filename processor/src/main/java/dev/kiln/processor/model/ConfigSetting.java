package dev.kiln.processor.model;

import dev.kiln.processor.diagnostic.Location;

/** A value the application sets with {@code @Config}, with where it was set. */
public record ConfigSetting(String key, String value, Location location) {}

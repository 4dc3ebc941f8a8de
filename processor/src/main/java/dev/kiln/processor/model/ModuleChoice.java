package dev.kiln.processor.model;

import dev.kiln.processor.diagnostic.Location;

/** A module the application picks with {@code @Use}, with where it was picked. */
public record ModuleChoice(String qualifiedName, Location location) {}

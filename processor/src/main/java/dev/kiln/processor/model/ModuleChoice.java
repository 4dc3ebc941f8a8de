package dev.kiln.processor.model;

import dev.kiln.processor.diagnostic.Location;

/** A module picked with {@code @Use}, with where it was picked and by whom. */
public record ModuleChoice(String qualifiedName, Location location, Origin origin) {
  /** The same choice, written (for diagnostics) at another location. */
  public ModuleChoice at(Location elsewhere) {
    return new ModuleChoice(qualifiedName, elsewhere, origin);
  }
}

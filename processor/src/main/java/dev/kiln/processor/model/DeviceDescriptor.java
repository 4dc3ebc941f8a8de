package dev.kiln.processor.model;

import dev.kiln.annotations.DeviceType;
import dev.kiln.processor.diagnostic.Location;

/** A named device of an image, with where it was declared and by whom. */
public record DeviceDescriptor(String name, DeviceType type, Location location, Origin origin) {
  /** The same device, declared (for diagnostics) at another location. */
  public DeviceDescriptor at(Location elsewhere) {
    return new DeviceDescriptor(name, type, elsewhere, origin);
  }
}

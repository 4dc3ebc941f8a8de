package dev.kiln.processor.model;

import dev.kiln.annotations.DeviceType;
import dev.kiln.processor.diagnostic.Location;

/** A named device the application declares, with where it was declared. */
public record DeviceDescriptor(String name, DeviceType type, Location location) {}

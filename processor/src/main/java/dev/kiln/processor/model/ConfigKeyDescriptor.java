package dev.kiln.processor.model;

import dev.kiln.annotations.ConfigPhase;
import dev.kiln.annotations.ConfigType;

/**
 * A configuration key as declared by a module or an application.
 *
 * @param defaultValue null when the key has no default
 * @param declaredBy qualified name of the declaring module or application class
 */
public record ConfigKeyDescriptor(
    String name,
    ConfigType type,
    String defaultValue,
    String doc,
    ConfigPhase phase,
    boolean secret,
    String declaredBy) {}

package dev.kiln.processor.model;

/** A module chosen for a composition, and the need that pulled it in. */
public record SelectedModule(ModuleDescriptor module, Need pulledInBy) {}

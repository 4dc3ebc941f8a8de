package dev.kiln.processor.model;

import dev.kiln.annotations.Target;
import java.util.List;

/** What an application is made of on one target: the chosen modules and the configuration. */
public record Composition(
    ApplicationDescriptor application,
    Target target,
    List<SelectedModule> modules,
    List<ResolvedSetting> settings) {}

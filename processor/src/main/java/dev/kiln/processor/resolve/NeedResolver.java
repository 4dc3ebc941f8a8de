package dev.kiln.processor.resolve;

import dev.kiln.annotations.Target;
import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.model.ApplicationDescriptor;
import dev.kiln.processor.model.ModuleChoice;
import dev.kiln.processor.model.ModuleDescriptor;
import dev.kiln.processor.model.Need;
import dev.kiln.processor.model.SelectedModule;
import dev.kiln.processor.read.ModuleCatalogue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves an application's needs on one target: breadth first from the root needs, choosing
 * exactly one provider per capability, and adding each chosen module's requirements as new needs.
 * Among the modules that provide a capability, the application's {@code @Use} choices come first,
 * then those of the blueprints it applies; then, among those that run on the target, modules
 * written for the target win over portable ones; two that remain are an ambiguity.
 */
public final class NeedResolver {
  private final ModuleCatalogue catalogue;

  public NeedResolver(ModuleCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public Resolution resolve(ApplicationDescriptor application, Target target) {
    Set<String> chosen = new TreeSet<>();
    Set<String> chosenByBlueprints = new TreeSet<>();
    for (ModuleChoice choice : application.choices()) {
      (choice.origin().isBlueprint() ? chosenByBlueprints : chosen).add(choice.qualifiedName());
    }
    Map<String, ModuleDescriptor> providerOf = new LinkedHashMap<>();
    List<SelectedModule> selected = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Deque<Need> queue = new ArrayDeque<>(application.needs());
    while (!queue.isEmpty()) {
      Need need = queue.removeFirst();
      if (providerOf.containsKey(need.capability())) {
        continue;
      }
      ModuleDescriptor module = choose(need, target, chosen, chosenByBlueprints, problems);
      if (module == null) {
        continue;
      }
      if (conflicts(need, module, providerOf, problems)) {
        continue;
      }
      selected.add(new SelectedModule(module, need));
      for (String capability : module.provides()) {
        providerOf.put(capability, module);
      }
      for (String requirement : module.requires()) {
        queue.addLast(need.requirement(requirement, module));
      }
    }
    if (problems.isEmpty()) {
      Problem cycle = new CycleFinder(selected, providerOf).find();
      if (cycle != null) {
        problems.add(cycle);
      }
    }
    return new Resolution(List.copyOf(selected), List.copyOf(problems));
  }

  private ModuleDescriptor choose(Need need, Target target, Set<String> chosen,
      Set<String> chosenByBlueprints, List<Problem> problems) {
    List<ModuleDescriptor> candidates = catalogue.providersOf(need.capability());
    List<ModuleDescriptor> preferred = among(candidates, chosen);
    if (preferred.isEmpty()) {
      preferred = among(candidates, chosenByBlueprints);
    }
    if (!preferred.isEmpty()) {
      candidates = preferred;
    }
    List<ModuleDescriptor> onTarget = new ArrayList<>();
    for (ModuleDescriptor candidate : candidates) {
      if (candidate.supports(target)) {
        onTarget.add(candidate);
      }
    }
    onTarget = preferTargetSpecific(onTarget);
    if (onTarget.size() == 1) {
      return onTarget.get(0);
    }
    if (onTarget.size() > 1) {
      problems.add(Messages.ambiguousProvider(need, onTarget));
    } else if (candidates.isEmpty()) {
      problems.add(Messages.missingProvider(need, target));
    } else {
      problems.add(Messages.unsupportedOnTarget(need, target, candidates));
    }
    return null;
  }

  private static List<ModuleDescriptor> among(
      List<ModuleDescriptor> candidates, Set<String> chosen) {
    List<ModuleDescriptor> found = new ArrayList<>();
    for (ModuleDescriptor candidate : candidates) {
      if (chosen.contains(candidate.qualifiedName())) {
        found.add(candidate);
      }
    }
    return found;
  }

  /**
   * A module written for this target (one that names it in {@code targets}) wins over a portable
   * one (no {@code targets}): the jvm target's host-socket TCP over the Java TCP stack, say.
   */
  private static List<ModuleDescriptor> preferTargetSpecific(List<ModuleDescriptor> candidates) {
    List<ModuleDescriptor> specific = new ArrayList<>();
    for (ModuleDescriptor candidate : candidates) {
      if (!candidate.targets().isEmpty()) {
        specific.add(candidate);
      }
    }
    return specific.isEmpty() ? candidates : specific;
  }

  private static boolean conflicts(Need need, ModuleDescriptor module,
      Map<String, ModuleDescriptor> providerOf, List<Problem> problems) {
    for (String capability : module.provides()) {
      ModuleDescriptor earlier = providerOf.get(capability);
      if (earlier != null) {
        problems.add(Messages.conflictingProvider(need, capability, module, earlier));
        return true;
      }
    }
    return false;
  }
}

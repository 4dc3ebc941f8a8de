package dev.kiln.processor.resolve;

import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.model.ModuleDescriptor;
import dev.kiln.processor.model.SelectedModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a circle among chosen modules, where each requires a capability the next provides. A
 * module that requires what it provides itself is a circle of one.
 */
final class CycleFinder {
  private enum Mark { IN_PROGRESS, DONE }

  private final List<SelectedModule> selected;
  private final Map<String, ModuleDescriptor> providerOf;
  private final Map<ModuleDescriptor, Mark> marks = new HashMap<>();
  private final List<ModuleDescriptor> stack = new ArrayList<>();

  CycleFinder(List<SelectedModule> selected, Map<String, ModuleDescriptor> providerOf) {
    this.selected = selected;
    this.providerOf = providerOf;
  }

  Problem find() {
    for (SelectedModule start : selected) {
      List<ModuleDescriptor> cycle = visit(start.module());
      if (cycle != null) {
        return Messages.dependencyCycle(pulledInBy(cycle.get(0)).pulledInBy(), cycle);
      }
    }
    return null;
  }

  private List<ModuleDescriptor> visit(ModuleDescriptor module) {
    Mark mark = marks.get(module);
    if (mark == Mark.DONE) {
      return null;
    }
    if (mark == Mark.IN_PROGRESS) {
      return List.copyOf(stack.subList(stack.indexOf(module), stack.size()));
    }
    marks.put(module, Mark.IN_PROGRESS);
    stack.add(module);
    for (String requirement : module.requires()) {
      ModuleDescriptor provider = providerOf.get(requirement);
      if (provider != null) {
        List<ModuleDescriptor> cycle = visit(provider);
        if (cycle != null) {
          return cycle;
        }
      }
    }
    stack.remove(stack.size() - 1);
    marks.put(module, Mark.DONE);
    return null;
  }

  private SelectedModule pulledInBy(ModuleDescriptor module) {
    for (SelectedModule candidate : selected) {
      if (candidate.module().equals(module)) {
        return candidate;
      }
    }
    throw new IllegalStateException("not selected: " + module.qualifiedName());
  }
}

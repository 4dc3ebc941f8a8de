package dev.kiln.processor.model;

import dev.kiln.annotations.Target;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * A library-OS module: a Dagger module with its {@code @KilnModule} metadata.
 *
 * @param provides qualified names of the capabilities it binds
 * @param requires qualified names of the capabilities it depends on
 * @param targets the targets it works on; empty means all
 */
public record ModuleDescriptor(
    TypeElement element,
    String qualifiedName,
    List<String> provides,
    List<String> requires,
    Set<Target> targets,
    List<ConfigKeyDescriptor> configKeys,
    String doc) {

  public boolean supports(Target target) {
    return targets.isEmpty() || targets.contains(target);
  }

  public String simpleName() {
    return element.getSimpleName().toString();
  }

  /** The targets as they are written in messages, e.g. {@code jvm, spt} or {@code every target}. */
  public String targetsText() {
    if (targets.isEmpty()) {
      return "every target";
    }
    StringBuilder text = new StringBuilder();
    for (Target target : Target.values()) {
      if (targets.contains(target)) {
        text.append(text.length() == 0 ? "" : ", ").append(target.id());
      }
    }
    return text.toString();
  }
}

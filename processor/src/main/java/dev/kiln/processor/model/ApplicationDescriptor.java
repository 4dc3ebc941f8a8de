package dev.kiln.processor.model;

import dev.kiln.annotations.Target;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * An application as declared on its {@code @Unikernel} class.
 *
 * @param requestedTargets the targets named in {@code @Unikernel}; empty means every target that
 *     resolves
 * @param needs the root needs, in declaration order
 * @param configKeys keys the application itself declares
 */
public record ApplicationDescriptor(
    TypeElement element,
    AnnotationMirror unikernel,
    String imageName,
    Set<Target> requestedTargets,
    List<Need> needs,
    List<DeviceDescriptor> devices,
    List<ConfigSetting> settings,
    List<ConfigKeyDescriptor> configKeys,
    List<ModuleChoice> choices) {

  public String simpleName() {
    return element.getSimpleName().toString();
  }

  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }
}

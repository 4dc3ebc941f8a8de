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
 * @param needs the root needs, in declaration order: the application's own, then those of the
 *     blueprints it applies, then the boot entry's
 * @param devices the application's devices, then those its blueprints add
 * @param settings the application's {@code @Config} values, then the blueprints' values for keys
 *     the application does not set
 * @param configKeys keys the application itself declares
 * @param choices the application's {@code @Use} choices, then its blueprints'
 * @param blueprints every blueprint applied, directly or through another blueprint, in the order
 *     they were first met
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
    List<ModuleChoice> choices,
    List<BlueprintDescriptor> blueprints) {

  public String simpleName() {
    return element.getSimpleName().toString();
  }

  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }
}

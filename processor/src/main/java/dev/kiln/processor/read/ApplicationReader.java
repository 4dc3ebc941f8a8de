package dev.kiln.processor.read;

import dev.kiln.annotations.DeviceType;
import dev.kiln.annotations.Target;
import dev.kiln.processor.diagnostic.Location;
import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.model.ApplicationDescriptor;
import dev.kiln.processor.model.ConfigKeyDescriptor;
import dev.kiln.processor.model.ConfigSetting;
import dev.kiln.processor.model.DeviceDescriptor;
import dev.kiln.processor.model.ModuleChoice;
import dev.kiln.processor.model.Need;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads and validates a {@code @Unikernel} class. Problems found here do not depend on the
 * target: the class's shape, its needs being capabilities, and the image name.
 */
public final class ApplicationReader {
  private static final Pattern IMAGE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private final Elements elements;
  private final Types types;
  private final AnnotationValues values;
  private final ConfigKeyReader keys;

  /** The outcome: a descriptor when the class is usable, and the problems found. */
  public record Result(ApplicationDescriptor application, List<Problem> problems,
      boolean incomplete) {}

  public ApplicationReader(Elements elements, Types types, AnnotationValues values) {
    this.elements = elements;
    this.types = types;
    this.values = values;
    this.keys = new ConfigKeyReader(values);
  }

  public Result read(TypeElement root) {
    List<Problem> problems = new ArrayList<>();
    AnnotationMirror unikernel = AnnotationValues.find(root, KilnTypes.UNIKERNEL);
    if (hasErrorTypes(root, unikernel)) {
      return new Result(null, problems, true);
    }
    String name = values.string(unikernel, "name");
    if (!IMAGE_NAME.matcher(name).matches()) {
      problems.add(Messages.badImageName(name,
          new Location(root, unikernel, values.value(unikernel, "name"))));
    }
    checkIsApplication(root, unikernel, problems);
    ExecutableElement constructor = injectConstructor(root, unikernel, problems);

    List<Need> needs = new ArrayList<>();
    needs.addAll(explicitNeeds(root, problems));
    if (constructor != null) {
      needs.addAll(constructorNeeds(root, constructor));
    }
    Location boot = Location.of(root, unikernel);
    needs.add(Need.root(KilnTypes.PLATFORM, "the image runs on the target's platform", boot));
    needs.add(Need.root(KilnTypes.EVENT_LOOP, "the boot entry runs the event loop", boot));
    needs.add(Need.root(KilnTypes.CONSOLE, "the boot entry reports failures on it", boot));
    needs.add(Need.root(KilnTypes.SHUTDOWN, "the boot entry ends the image through it", boot));

    ApplicationDescriptor application = new ApplicationDescriptor(
        root,
        unikernel,
        name,
        requestedTargets(unikernel),
        List.copyOf(needs),
        devices(root),
        settings(root),
        ownKeys(root),
        choices(root));
    return new Result(application, problems, false);
  }

  private boolean hasErrorTypes(TypeElement root, AnnotationMirror unikernel) {
    AnnotationMirror needs = AnnotationValues.find(root, KilnTypes.NEEDS);
    if (needs != null) {
      for (TypeMirror type : AnnotationValues.types(values.value(needs, "value"))) {
        if (type.getKind() == TypeKind.ERROR) {
          return true;
        }
      }
      for (AnnotationValue item : AnnotationValues.list(values.value(needs, "value"))) {
        if (!(item.getValue() instanceof TypeMirror)) {
          return true; // javac gives the string "<error>" for unresolved class literals
        }
      }
    }
    for (Element member : root.getEnclosedElements()) {
      if (member.getKind() == ElementKind.CONSTRUCTOR) {
        for (VariableElement parameter : ((ExecutableElement) member).getParameters()) {
          if (parameter.asType().getKind() == TypeKind.ERROR) {
            return true;
          }
        }
      }
    }
    return unikernel == null;
  }

  private void checkIsApplication(
      TypeElement root, AnnotationMirror unikernel, List<Problem> problems) {
    Location location = Location.of(root, unikernel);
    if (root.getKind() != ElementKind.CLASS || root.getModifiers().contains(Modifier.ABSTRACT)) {
      problems.add(Messages.notAnApplication(root.getSimpleName().toString(),
          "it is not a concrete class", "put @Unikernel on a concrete class.", location));
      return;
    }
    if (root.getNestingKind().isNested() && !root.getModifiers().contains(Modifier.STATIC)) {
      problems.add(Messages.notAnApplication(root.getSimpleName().toString(),
          "it is an inner class", "make the class static or top-level.", location));
    }
    TypeElement application = elements.getTypeElement(KilnTypes.APPLICATION);
    if (application == null
        || !types.isAssignable(root.asType(), types.erasure(application.asType()))) {
      problems.add(Messages.notAnApplication(root.getSimpleName().toString(),
          "it does not implement dev.kiln.api.Application",
          "add 'implements Application' and a start() method.", location));
    }
  }

  private ExecutableElement injectConstructor(
      TypeElement root, AnnotationMirror unikernel, List<Problem> problems) {
    List<ExecutableElement> inject = new ArrayList<>();
    for (Element member : root.getEnclosedElements()) {
      if (member.getKind() == ElementKind.CONSTRUCTOR
          && (AnnotationValues.find(member, KilnTypes.INJECT_JAKARTA) != null
              || AnnotationValues.find(member, KilnTypes.INJECT_JAVAX) != null)) {
        inject.add((ExecutableElement) member);
      }
    }
    if (inject.size() == 1 && !inject.get(0).getModifiers().contains(Modifier.PRIVATE)) {
      return inject.get(0);
    }
    String why = inject.isEmpty() ? "it has no @Inject constructor"
        : inject.size() > 1 ? "it has more than one @Inject constructor"
        : "its @Inject constructor is private";
    problems.add(Messages.notAnApplication(root.getSimpleName().toString(), why,
        "give it exactly one non-private constructor annotated @Inject.",
        Location.of(root, unikernel)));
    return null;
  }

  private List<Need> explicitNeeds(TypeElement root, List<Problem> problems) {
    List<Need> needs = new ArrayList<>();
    AnnotationMirror mirror = AnnotationValues.find(root, KilnTypes.NEEDS);
    if (mirror == null) {
      return needs;
    }
    for (AnnotationValue item : AnnotationValues.list(values.value(mirror, "value"))) {
      TypeMirror type = (TypeMirror) item.getValue();
      String name = ModuleReader.qualifiedName(type);
      Location location = new Location(root, mirror, item);
      if (!isCapability(type)) {
        problems.add(Messages.notACapability(name, "a need in @Needs", location));
      } else {
        needs.add(Need.root(name, "@Needs on " + root.getSimpleName(), location));
      }
    }
    return needs;
  }

  private List<Need> constructorNeeds(TypeElement root, ExecutableElement constructor) {
    List<Need> needs = new ArrayList<>();
    for (VariableElement parameter : constructor.getParameters()) {
      if (isCapability(parameter.asType())) {
        needs.add(Need.root(ModuleReader.qualifiedName(parameter.asType()),
            "constructor parameter '" + parameter.getSimpleName() + "' of "
                + root.getSimpleName(),
            Location.of(parameter)));
      }
    }
    return needs;
  }

  boolean isCapability(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element element = ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.INTERFACE
        && AnnotationValues.find(element, KilnTypes.CAPABILITY) != null;
  }

  private Set<Target> requestedTargets(AnnotationMirror unikernel) {
    Set<Target> targets = EnumSet.noneOf(Target.class);
    for (String target : AnnotationValues.enumNames(values.value(unikernel, "targets"))) {
      targets.add(Target.valueOf(target));
    }
    return targets;
  }

  private List<DeviceDescriptor> devices(TypeElement root) {
    List<DeviceDescriptor> devices = new ArrayList<>();
    List<AnnotationMirror> mirrors =
        values.findRepeated(root, KilnTypes.DEVICE, KilnTypes.DEVICES);
    for (int i = 0; i < mirrors.size(); i++) {
      AnnotationMirror device = mirrors.get(i);
      devices.add(new DeviceDescriptor(
          values.string(device, "name"),
          DeviceType.valueOf(values.enumName(device, "type")),
          new Location(root, device, values.value(device, "name"),
              new Location.Repeated("Device", i, "name"))));
    }
    return List.copyOf(devices);
  }

  private List<ConfigSetting> settings(TypeElement root) {
    List<ConfigSetting> settings = new ArrayList<>();
    List<AnnotationMirror> mirrors =
        values.findRepeated(root, KilnTypes.CONFIG, KilnTypes.CONFIGS);
    for (int i = 0; i < mirrors.size(); i++) {
      AnnotationMirror config = mirrors.get(i);
      settings.add(new ConfigSetting(
          values.string(config, "key"),
          values.string(config, "value"),
          new Location(root, config, values.value(config, "value"),
              new Location.Repeated("Config", i, "value"))));
    }
    return List.copyOf(settings);
  }

  private List<ConfigKeyDescriptor> ownKeys(TypeElement root) {
    List<ConfigKeyDescriptor> own = new ArrayList<>();
    for (AnnotationMirror key :
        values.findRepeated(root, KilnTypes.CONFIG_KEY, KilnTypes.CONFIG_KEYS)) {
      own.add(keys.read(key, root.getQualifiedName().toString()));
    }
    return List.copyOf(own);
  }

  private List<ModuleChoice> choices(TypeElement root) {
    List<ModuleChoice> choices = new ArrayList<>();
    AnnotationMirror use = AnnotationValues.find(root, KilnTypes.USE);
    if (use != null) {
      for (AnnotationValue item : AnnotationValues.list(values.value(use, "value"))) {
        if (item.getValue() instanceof TypeMirror) {
          choices.add(new ModuleChoice(ModuleReader.qualifiedName((TypeMirror) item.getValue()),
              new Location(root, use, item)));
        }
      }
    }
    return List.copyOf(choices);
  }
}

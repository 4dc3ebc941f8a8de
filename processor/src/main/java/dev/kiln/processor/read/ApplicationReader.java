package dev.kiln.processor.read;

import dev.kiln.annotations.Target;
import dev.kiln.processor.diagnostic.Location;
import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.model.ApplicationDescriptor;
import dev.kiln.processor.model.ConfigKeyDescriptor;
import dev.kiln.processor.model.Declarations;
import dev.kiln.processor.model.Need;
import dev.kiln.processor.model.Origin;
import dev.kiln.processor.resolve.BlueprintMerger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads and validates a {@code @Unikernel} class and merges the blueprints it applies. Problems
 * found here do not depend on the target: the class's shape, its needs being capabilities, the
 * image name, and the blueprints.
 */
public final class ApplicationReader {
  private static final Pattern IMAGE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private final Elements elements;
  private final Types types;
  private final AnnotationValues values;
  private final ConfigKeyReader keys;
  private final DeclarationReader declarations;
  private final BlueprintMerger merger;

  /** The outcome: a descriptor when the class is usable, and the problems found. */
  public record Result(ApplicationDescriptor application, List<Problem> problems,
      boolean incomplete) {}

  public ApplicationReader(Elements elements, Types types, AnnotationValues values) {
    this.elements = elements;
    this.types = types;
    this.values = values;
    this.keys = new ConfigKeyReader(values);
    this.declarations = new DeclarationReader(values);
    this.merger = new BlueprintMerger(new BlueprintReader(values, declarations));
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

    Declarations own = declarations.read(root, Origin.APPLICATION, problems);
    List<Need> ownNeeds = new ArrayList<>();
    for (Declarations.DeclaredNeed need : own.needs()) {
      ownNeeds.add(Need.root(need.capability(), "@Needs on " + root.getSimpleName(),
          need.location()));
    }
    if (constructor != null) {
      ownNeeds.addAll(constructorNeeds(root, constructor));
    }
    BlueprintMerger.Result merged = merger.merge(
        new BlueprintMerger.Layer(ownNeeds, own.devices(), own.settings(), own.choices()),
        own.applied(), root.getSimpleName().toString(), root.getQualifiedName().toString());
    problems.addAll(merged.problems());

    List<Need> needs = new ArrayList<>(merged.merged().needs());
    Location boot = Location.of(root, unikernel);
    needs.add(Need.root(KilnTypes.PLATFORM, "the image runs on the target's platform", boot,
        Origin.KILN));
    needs.add(Need.root(KilnTypes.EVENT_LOOP, "the boot entry runs the event loop", boot,
        Origin.KILN));
    needs.add(Need.root(KilnTypes.CONSOLE, "the boot entry reports failures on it", boot,
        Origin.KILN));
    needs.add(Need.root(KilnTypes.SHUTDOWN, "the boot entry ends the image through it", boot,
        Origin.KILN));

    ApplicationDescriptor application = new ApplicationDescriptor(
        root,
        unikernel,
        name,
        requestedTargets(unikernel),
        List.copyOf(needs),
        merged.merged().devices(),
        merged.merged().settings(),
        ownKeys(root),
        merged.merged().choices(),
        merged.blueprints());
    return new Result(application, problems, false);
  }

  private boolean hasErrorTypes(TypeElement root, AnnotationMirror unikernel) {
    if (declarations.hasErrorTypes(root)) {
      return true;
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

  private List<Need> constructorNeeds(TypeElement root, ExecutableElement constructor) {
    List<Need> needs = new ArrayList<>();
    for (VariableElement parameter : constructor.getParameters()) {
      if (DeclarationReader.isCapability(parameter.asType())) {
        needs.add(Need.root(ModuleReader.qualifiedName(parameter.asType()),
            "constructor parameter '" + parameter.getSimpleName() + "' of "
                + root.getSimpleName(),
            Location.of(parameter)));
      }
    }
    return needs;
  }

  private Set<Target> requestedTargets(AnnotationMirror unikernel) {
    Set<Target> targets = EnumSet.noneOf(Target.class);
    for (String target : AnnotationValues.enumNames(values.value(unikernel, "targets"))) {
      targets.add(Target.valueOf(target));
    }
    return targets;
  }

  private List<ConfigKeyDescriptor> ownKeys(TypeElement root) {
    List<ConfigKeyDescriptor> own = new ArrayList<>();
    for (AnnotationMirror key :
        values.findRepeated(root, KilnTypes.CONFIG_KEY, KilnTypes.CONFIG_KEYS)) {
      own.add(keys.read(key, root.getQualifiedName().toString()));
    }
    return List.copyOf(own);
  }
}

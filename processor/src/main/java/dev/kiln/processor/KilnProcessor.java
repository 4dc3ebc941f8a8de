package dev.kiln.processor;

import dev.kiln.processor.check.ModuleCheck;
import dev.kiln.processor.diagnostic.Location;
import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Reporter;
import dev.kiln.processor.read.AnnotationValues;
import dev.kiln.processor.read.ApplicationReader;
import dev.kiln.processor.read.KilnTypes;
import dev.kiln.processor.read.ModuleCatalogue;
import dev.kiln.processor.read.ModuleReader;
import dev.kiln.processor.step.BlueprintStep;
import dev.kiln.processor.step.ModuleStep;
import dev.kiln.processor.step.UnikernelStep;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * The Kiln annotation processor.
 *
 * <p>For each {@code @KilnModule} and each {@code @Blueprint} it checks the declaration and writes
 * an index entry, so that applications and tools find it in any jar. For each {@code @Unikernel}
 * it merges the blueprints the application applies, resolves its needs per target and generates a
 * Dagger component of exactly the chosen modules, the configuration module, the boot entry, the
 * Solo5 manifest and the component report. No exception escapes: a failure becomes {@code
 * [Kiln/InternalError]} on the element.
 */
public final class KilnProcessor extends AbstractProcessor {
  private Reporter reporter;
  private AnnotationValues values;
  private ModuleReader moduleReader;
  private ModuleStep moduleStep;
  private UnikernelStep unikernelStep;
  private BlueprintStep blueprintStep;
  private final Set<String> deferredRoots = new LinkedHashSet<>();
  private final Set<String> imageNames = new LinkedHashSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    reporter = new Reporter(environment);
    values = new AnnotationValues(environment.getElementUtils());
    moduleReader = new ModuleReader(values);
    moduleStep = new ModuleStep(moduleReader, new ModuleCheck(environment.getElementUtils()),
        environment.getFiler(), reporter);
    blueprintStep = new BlueprintStep(values, environment.getFiler(), reporter);
    unikernelStep = new UnikernelStep(
        new ApplicationReader(environment.getElementUtils(), environment.getTypeUtils(), values),
        environment.getFiler(), reporter);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(KilnTypes.UNIKERNEL, KilnTypes.KILN_MODULE, KilnTypes.BLUEPRINT);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<? extends Element> modulesThisRound = elementsAnnotated(round, KilnTypes.KILN_MODULE);
    for (Element element : modulesThisRound) {
      guarded(element, () -> {
        if (ModuleCheck.isIndexable(element)) {
          moduleStep.process((TypeElement) element);
        }
      });
    }

    for (Element element : elementsAnnotated(round, KilnTypes.BLUEPRINT)) {
      guarded(element, () -> blueprintStep.process((TypeElement) element));
    }

    List<TypeElement> roots = new ArrayList<>();
    for (String deferred : deferredRoots) {
      TypeElement root = processingEnv.getElementUtils().getTypeElement(deferred);
      if (root != null) {
        roots.add(root);
      }
    }
    deferredRoots.clear();
    for (Element element : elementsAnnotated(round, KilnTypes.UNIKERNEL)) {
      if (element.getKind() == ElementKind.CLASS && !roots.contains(element)) {
        roots.add((TypeElement) element);
      }
    }
    if (roots.isEmpty()) {
      return false;
    }
    ModuleCatalogue catalogue = ModuleCatalogue.discover(
        processingEnv.getElementUtils(), moduleReader, modulesThisRound);
    for (TypeElement root : roots) {
      guarded(root, () -> {
        if (!claimImageName(root)) {
          return;
        }
        if (unikernelStep.process(root, catalogue) == UnikernelStep.Outcome.DEFER) {
          deferredRoots.add(root.getQualifiedName().toString());
          imageNames.remove(values.string(
              AnnotationValues.find(root, KilnTypes.UNIKERNEL), "name"));
        }
      });
    }
    return false;
  }

  /** Two roots with one image name would overwrite each other's files. */
  private boolean claimImageName(TypeElement root) {
    String name = values.string(AnnotationValues.find(root, KilnTypes.UNIKERNEL), "name");
    if (imageNames.add(name)) {
      return true;
    }
    reporter.error(Messages.badImageName(name + "\" (already used by another @Unikernel",
        Location.of(root, AnnotationValues.find(root, KilnTypes.UNIKERNEL))));
    return false;
  }

  private List<? extends Element> elementsAnnotated(RoundEnvironment round, String annotation) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    return type == null ? List.of() : List.copyOf(round.getElementsAnnotatedWith(type));
  }

  private interface Work {
    void run() throws Exception;
  }

  private void guarded(Element element, Work work) {
    try {
      work.run();
    } catch (Throwable error) {
      reporter.error(Messages.internalError(error, Location.of(element)));
    }
  }
}

package dev.kiln.processor.step;

import dev.kiln.annotations.Target;
import dev.kiln.processor.check.ConfigResolver;
import dev.kiln.processor.check.DeviceCheck;
import dev.kiln.processor.diagnostic.Location;
import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.diagnostic.Reporter;
import dev.kiln.processor.generate.BootEntryGenerator;
import dev.kiln.processor.generate.ComponentGenerator;
import dev.kiln.processor.generate.ComponentReport;
import dev.kiln.processor.generate.ConfigModuleGenerator;
import dev.kiln.processor.generate.GeneratedNames;
import dev.kiln.processor.generate.ManifestJson;
import dev.kiln.processor.model.ApplicationDescriptor;
import dev.kiln.processor.model.Composition;
import dev.kiln.processor.model.ConfigSetting;
import dev.kiln.processor.model.ModuleChoice;
import dev.kiln.processor.model.ResolvedSetting;
import dev.kiln.processor.model.SelectedModule;
import dev.kiln.processor.read.ApplicationReader;
import dev.kiln.processor.read.ModuleCatalogue;
import dev.kiln.processor.resolve.NeedResolver;
import dev.kiln.processor.resolve.Resolution;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * For each {@code @Unikernel} root: read and validate, check devices, resolve the needs and the
 * configuration per target, then generate the component, configuration module and boot entry of
 * each target built, and the manifest and component report of the image. Each stage runs only if
 * the previous one was clean.
 */
public final class UnikernelStep {
  /** What happened to a root. */
  public enum Outcome { DONE, DEFER }

  private final ApplicationReader reader;
  private final Filer filer;
  private final Reporter reporter;

  public UnikernelStep(ApplicationReader reader, Filer filer, Reporter reporter) {
    this.reader = reader;
    this.filer = filer;
    this.reporter = reporter;
  }

  public Outcome process(TypeElement root, ModuleCatalogue catalogue) throws IOException {
    ApplicationReader.Result read = reader.read(root);
    if (read.incomplete()) {
      return Outcome.DEFER;
    }
    List<Problem> problems = new ArrayList<>(read.problems());
    ApplicationDescriptor application = read.application();
    problems.addAll(DeviceCheck.checkImage(application.devices()));
    for (ModuleChoice choice : application.choices()) {
      if (catalogue.get(choice.qualifiedName()) == null) {
        problems.add(Messages.notAModule(choice.qualifiedName(), choice.location()));
      }
    }
    if (!problems.isEmpty()) {
      report(problems);
      return Outcome.DONE;
    }

    NeedResolver resolver = new NeedResolver(catalogue);
    ConfigResolver configResolver = new ConfigResolver(catalogue);
    boolean explicit = !application.requestedTargets().isEmpty();
    Set<Target> candidates = explicit ? application.requestedTargets()
        : EnumSet.allOf(Target.class);
    List<Composition> built = new ArrayList<>();
    List<TargetPlan> failed = new ArrayList<>();
    for (Target target : candidates) {
      Resolution resolution = resolver.resolve(application, target);
      List<Problem> targetProblems = new ArrayList<>(resolution.problems());
      List<SelectedModule> modules = resolution.modules();
      ConfigResolver.Result config = null;
      if (resolution.succeeded()) {
        config = configResolver.resolve(application, target, modules);
        targetProblems.addAll(config.problems());
      }
      if (targetProblems.isEmpty()) {
        built.add(new Composition(application, target, modules, config.settings()));
      } else {
        failed.add(new TargetPlan(target, targetProblems));
      }
    }

    Map<Target, String> skipped = new EnumMap<>(Target.class);
    List<Problem> errors = new ArrayList<>();
    for (TargetPlan plan : failed) {
      if (!explicit && plan.onlyUnavailable() && (!built.isEmpty() || plan.target() != Target.JVM)) {
        skipped.put(plan.target(), plan.problems().get(0).headline());
      } else {
        errors.addAll(plan.problems());
      }
    }
    if (!errors.isEmpty()) {
      report(errors);
      return Outcome.DONE;
    }
    for (Composition composition : built) {
      GeneratedNames names = GeneratedNames.of(application, composition.target());
      ConfigModuleGenerator.generate(composition, names).writeTo(filer);
      ComponentGenerator.generate(composition, names).writeTo(filer);
      BootEntryGenerator.generate(composition, names).writeTo(filer);
    }
    for (Map.Entry<Target, String> skip : skipped.entrySet()) {
      reporter.note("Kiln: image " + application.imageName() + " is not built for "
          + skip.getKey().id() + ": " + skip.getValue(), Location.of(root));
    }
    noteUnusedBlueprintSettings(application, built);
    writeResource(application, "manifest.json", ManifestJson.of(application), built);
    writeResource(application, "components.json",
        ComponentReport.of(application, built, skipped), built);
    return Outcome.DONE;
  }

  /**
   * A blueprint's value for a key that no module reads on any target built is not an error (the
   * blueprint serves other compositions too), but the author of the application should know.
   */
  private void noteUnusedBlueprintSettings(ApplicationDescriptor application,
      List<Composition> built) {
    for (ConfigSetting setting : application.settings()) {
      if (!setting.origin().isBlueprint() || built.isEmpty()) {
        continue;
      }
      boolean read = false;
      for (Composition composition : built) {
        for (ResolvedSetting resolved : composition.settings()) {
          read |= resolved.key().name().equals(setting.key());
        }
      }
      if (!read) {
        reporter.note(Messages.unusedBlueprintSetting(setting, application.imageName()),
            setting.location());
      }
    }
  }

  private void report(List<Problem> problems) {
    Set<String> seen = new LinkedHashSet<>();
    for (Problem problem : problems) {
      String identity = problem.message() + "@" + System.identityHashCode(problem.location()
          .element()) + "/" + problem.location().annotation() + "/" + problem.location().value();
      if (seen.add(identity)) {
        reporter.error(problem);
      }
    }
  }

  private void writeResource(ApplicationDescriptor application, String file, String content,
      List<Composition> built) throws IOException {
    List<Element> originating = new ArrayList<>();
    originating.add(application.element());
    for (Composition composition : built) {
      for (SelectedModule selected : composition.modules()) {
        originating.add(selected.module().element());
      }
    }
    FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
        "META-INF/kiln/" + application.imageName() + "/" + file,
        originating.toArray(new Element[0]));
    try (Writer writer = resource.openWriter()) {
      writer.write(content);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

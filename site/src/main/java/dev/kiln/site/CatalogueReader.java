package dev.kiln.site;

import dev.kiln.annotations.Target;
import dev.kiln.processor.model.ConfigKeyDescriptor;
import dev.kiln.processor.model.ModuleDescriptor;
import dev.kiln.processor.read.AnnotationValues;
import dev.kiln.processor.read.ModuleCatalogue;
import dev.kiln.processor.read.ModuleReader;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Reads the catalogue the way Kiln's processor sees it: a javac run over an empty class with the
 * class path of the site, in which the processor's own {@link ModuleCatalogue} lists the modules
 * indexed in the jars, and the blueprint index is read the same way.
 */
public final class CatalogueReader {
  /** Where blueprint jars index their blueprints, one marker class each (as for modules). */
  static final String BLUEPRINT_INDEX_PACKAGE = "dev.kiln.aggregated.blueprints";
  static final String BLUEPRINT = "dev.kiln.annotations.Blueprint";

  private CatalogueReader() {}

  /** Reads the catalogue from the JVM's own class path. */
  public static Catalogue read() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler: run the site generator on a JDK");
    }
    Path output = Files.createTempDirectory("kiln-site-probe");
    try {
      Probe probe = new Probe();
      List<String> options = List.of("-proc:only", "-classpath",
          System.getProperty("java.class.path"), "-d", output.toString());
      SimpleJavaFileObject empty = new SimpleJavaFileObject(
          URI.create("string:///KilnSiteProbe.java"), SimpleJavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return "final class KilnSiteProbe {}";
        }
      };
      JavaCompiler.CompilationTask task =
          javac.getTask(null, null, null, options, null, List.of(empty));
      task.setProcessors(List.of(probe));
      if (!task.call() || probe.catalogue == null) {
        throw new IllegalStateException("reading the module catalogue failed"
            + (probe.failure == null ? "" : ": " + probe.failure));
      }
      return probe.catalogue;
    } finally {
      try (var walk = Files.walk(output)) {
        walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** Runs once, in the first round, with javac's view of the class path. */
  @SupportedAnnotationTypes("*")
  private static final class Probe extends AbstractProcessor {
    private Catalogue catalogue;
    private String failure;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (catalogue != null || failure != null) {
        return false;
      }
      try {
        Elements elements = processingEnv.getElementUtils();
        ModuleCatalogue modules = ModuleCatalogue.discover(
            elements, new ModuleReader(new AnnotationValues(elements)), List.of());
        List<Catalogue.Module> list = new ArrayList<>();
        for (ModuleDescriptor module : modules.all()) {
          list.add(module(module));
        }
        list.sort(Comparator.comparing(Catalogue.Module::qualifiedName));
        catalogue = new Catalogue(List.copyOf(list), blueprints(elements));
      } catch (RuntimeException e) {
        failure = e.toString();
      }
      return false;
    }

    private static Catalogue.Module module(ModuleDescriptor module) {
      List<String> targets = new ArrayList<>();
      for (Target target : Target.values()) {
        if (module.targets().contains(target)) {
          targets.add(target.id());
        }
      }
      List<Catalogue.Key> keys = new ArrayList<>();
      for (ConfigKeyDescriptor key : module.configKeys()) {
        keys.add(new Catalogue.Key(key.name(), key.type().name(),
            key.phase().name().toLowerCase(Locale.ROOT), key.defaultValue(), key.secret(),
            key.doc()));
      }
      return new Catalogue.Module(module.qualifiedName(), module.doc(),
          List.copyOf(module.provides()), List.copyOf(module.requires()), List.copyOf(targets),
          List.copyOf(keys), artifactOf(module.qualifiedName()));
    }

    private static List<Catalogue.Blueprint> blueprints(Elements elements) {
      List<Catalogue.Blueprint> blueprints = new ArrayList<>();
      PackageElement index = elements.getPackageElement(BLUEPRINT_INDEX_PACKAGE);
      if (index == null) {
        return List.of();
      }
      for (Element marker : index.getEnclosedElements()) {
        for (AnnotationMirror entry : marker.getAnnotationMirrors()) {
          for (AnnotationValue value : entry.getElementValues().values()) {
            if (value.getValue() instanceof TypeMirror type && type instanceof DeclaredType) {
              Catalogue.Blueprint blueprint =
                  blueprint((TypeElement) ((DeclaredType) type).asElement());
              if (blueprint != null) {
                blueprints.add(blueprint);
              }
            }
          }
        }
      }
      blueprints.sort(Comparator.comparing(Catalogue.Blueprint::name));
      return List.copyOf(blueprints);
    }

    private static Catalogue.Blueprint blueprint(TypeElement type) {
      String name = null;
      String version = null;
      String doc = null;
      List<String> declares = new ArrayList<>();
      for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
        String annotationType = annotation.getAnnotationType().toString();
        if (annotationType.equals(BLUEPRINT)) {
          for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> member
              : annotation.getElementValues().entrySet()) {
            String value = String.valueOf(member.getValue().getValue());
            switch (member.getKey().getSimpleName().toString()) {
              case "name" -> name = value;
              case "version" -> version = value;
              case "doc" -> doc = value;
              default -> { }
            }
          }
        } else {
          declares.add(annotation.toString());
        }
      }
      if (name == null) {
        return null;
      }
      String qualifiedName = type.getQualifiedName().toString();
      return new Catalogue.Blueprint(qualifiedName, name, version, doc, List.copyOf(declares),
          artifactOf(qualifiedName));
    }
  }

  /** The file name of the jar (or folder) a class comes from, or null. */
  static String artifactOf(String className) {
    try {
      CodeSource source = Class.forName(className, false, CatalogueReader.class.getClassLoader())
          .getProtectionDomain().getCodeSource();
      return source == null ? null : Path.of(source.getLocation().toURI()).getFileName().toString();
    } catch (ReflectiveOperationException | java.net.URISyntaxException | LinkageError e) {
      return null;
    }
  }
}

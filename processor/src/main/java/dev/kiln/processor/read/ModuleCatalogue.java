package dev.kiln.processor.read;

import dev.kiln.processor.model.ModuleDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Every module the compilation can see: those indexed in jars on the classpath (one marker class
 * per module in {@value KilnTypes#MODULE_INDEX_PACKAGE}) and those compiled in this run.
 */
public final class ModuleCatalogue {
  private final Map<String, ModuleDescriptor> modules;

  private ModuleCatalogue(Map<String, ModuleDescriptor> modules) {
    this.modules = modules;
  }

  /** Lists the index package and adds the modules of the current compilation. */
  public static ModuleCatalogue discover(
      Elements elements, ModuleReader reader, Collection<? extends Element> modulesInThisRun) {
    Map<String, ModuleDescriptor> found = new TreeMap<>();
    PackageElement index = elements.getPackageElement(KilnTypes.MODULE_INDEX_PACKAGE);
    if (index != null) {
      for (Element marker : index.getEnclosedElements()) {
        TypeElement module = indexedModule(marker);
        if (module != null) {
          add(found, reader.read(module));
        }
      }
    }
    for (Element element : modulesInThisRun) {
      if (element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.INTERFACE) {
        add(found, reader.read((TypeElement) element));
      }
    }
    return new ModuleCatalogue(found);
  }

  /** Modules that provide the capability, sorted by qualified name. */
  public List<ModuleDescriptor> providersOf(String capability) {
    List<ModuleDescriptor> providers = new ArrayList<>();
    for (ModuleDescriptor module : modules.values()) {
      if (module.provides().contains(capability)) {
        providers.add(module);
      }
    }
    return providers;
  }

  /** The module with that qualified name, or null. */
  public ModuleDescriptor get(String qualifiedName) {
    return modules.get(qualifiedName);
  }

  public Collection<ModuleDescriptor> all() {
    return modules.values();
  }

  private static void add(Map<String, ModuleDescriptor> found, ModuleDescriptor module) {
    if (module != null) {
      found.putIfAbsent(module.qualifiedName(), module);
    }
  }

  private static TypeElement indexedModule(Element marker) {
    AnnotationMirror entry = AnnotationValues.find(marker, KilnTypes.MODULE_INDEX_ENTRY);
    if (entry == null) {
      return null;
    }
    Object value = AnnotationValues.explicitValue(entry, "value").getValue();
    if (value instanceof TypeMirror && value instanceof DeclaredType) {
      return (TypeElement) ((DeclaredType) value).asElement();
    }
    return null;
  }
}

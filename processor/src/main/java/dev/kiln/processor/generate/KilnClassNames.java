package dev.kiln.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The classes generated code refers to. */
final class KilnClassNames {
  static final ClassName DAGGER_COMPONENT = ClassName.get("dagger", "Component");
  static final ClassName DAGGER_MODULE = ClassName.get("dagger", "Module");
  static final ClassName DAGGER_PROVIDES = ClassName.get("dagger", "Provides");
  static final ClassName BINDS_INSTANCE = ClassName.get("dagger", "BindsInstance");
  static final ClassName SINGLETON = ClassName.get("jakarta.inject", "Singleton");
  static final ClassName APPLICATION = ClassName.get("dev.kiln.api", "Application");
  static final ClassName SETTING = ClassName.get("dev.kiln.api", "Setting");
  static final ClassName BOOT_ARGUMENTS = ClassName.get("dev.kiln.api", "BootArguments");
  static final ClassName BOOT = ClassName.get("dev.kiln.api.boot", "Boot");
  static final ClassName BOOT_OPTION = ClassName.get("dev.kiln.api.boot", "BootOption");
  static final ClassName BOOT_VALUES = ClassName.get("dev.kiln.api.boot", "BootValues");
  static final ClassName COMPOSITION = ClassName.get("dev.kiln.api.boot", "Composition");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  static final String PROCESSOR = "dev.kiln.processor.KilnProcessor";

  private KilnClassNames() {}

  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }
}

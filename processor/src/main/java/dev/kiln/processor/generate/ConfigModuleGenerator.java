package dev.kiln.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.processor.model.Composition;
import dev.kiln.processor.model.ConfigKeyDescriptor;
import dev.kiln.processor.model.ResolvedSetting;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the Dagger module of a composition's configuration: build-time keys as constants,
 * boot-time keys read from the boot arguments, and the binding of the application as {@code
 * Application}.
 */
public final class ConfigModuleGenerator {
  private ConfigModuleGenerator() {}

  public static JavaFile generate(Composition composition, GeneratedNames names) {
    ClassName application = ClassName.get(composition.application().element());
    TypeSpec.Builder type = TypeSpec.classBuilder(names.config())
        .addJavadoc("Configuration of image {@code $L} on target $L: build-time keys as constants,"
                + " boot-time keys from the boot command line.\n",
            composition.application().imageName(), composition.target().id())
        .addAnnotation(KilnClassNames.generated())
        .addAnnotation(KilnClassNames.DAGGER_MODULE)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(composition.application().element())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("application")
            .addAnnotation(KilnClassNames.DAGGER_PROVIDES)
            .addModifiers(Modifier.STATIC)
            .returns(KilnClassNames.APPLICATION)
            .addParameter(application, "application")
            .addStatement("return application")
            .build());
    Set<String> constants = new HashSet<>();
    for (ResolvedSetting setting : composition.settings()) {
      ConfigKeyDescriptor key = setting.key();
      MethodSpec.Builder provider = MethodSpec.methodBuilder(ConfigNames.method(key.name()))
          .addJavadoc("$L\n", key.doc())
          .addAnnotation(KilnClassNames.DAGGER_PROVIDES)
          .addAnnotation(AnnotationSpec.builder(KilnClassNames.SETTING)
              .addMember("value", "$S", key.name()).build())
          .addModifiers(Modifier.STATIC)
          .returns(ConfigNames.javaType(key.type()));
      if (key.phase() == ConfigPhase.BUILD) {
        String constant = unique(ConfigNames.constant(key.name()), constants);
        Object[] literal = ConfigNames.literal(key.type(), setting.value());
        type.addField(FieldSpec.builder(ConfigNames.javaType(key.type()), constant,
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("$L Build-time; value from the $L.\n", key.doc(), sourceText(setting))
            .initializer((String) literal[0], literal[1])
            .build());
        provider.addStatement("return $N", constant);
      } else {
        provider.addParameter(KilnClassNames.BOOT_ARGUMENTS, "arguments")
            .addStatement("return $T.$N(arguments, $S, $S)", KilnClassNames.BOOT_VALUES,
                ConfigNames.bootReader(key.type()), key.name(), setting.value());
      }
      type.addMethod(provider.build());
    }
    return JavaFile.builder(names.config().packageName(), type.build()).build();
  }

  private static String sourceText(ResolvedSetting setting) {
    switch (setting.source()) {
      case APPLICATION:
        return "application";
      case BLUEPRINT:
        return "blueprint " + setting.blueprint().coordinate();
      default:
        return "default of " + setting.key().declaredBy();
    }
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int suffix = 2; !taken.add(candidate); suffix++) {
      candidate = name + "_" + suffix;
    }
    return candidate;
  }
}

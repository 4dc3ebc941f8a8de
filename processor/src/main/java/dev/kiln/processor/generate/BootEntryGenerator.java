package dev.kiln.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.annotations.ConfigPhase;
import dev.kiln.processor.model.Composition;
import dev.kiln.processor.model.ConfigKeyDescriptor;
import dev.kiln.processor.model.ResolvedSetting;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the boot entry of a composition: a {@code main} that hands the boot arguments, the list
 * of boot-time keys and the component factory to {@code Boot.run}, which ends the image.
 */
public final class BootEntryGenerator {
  private BootEntryGenerator() {}

  public static JavaFile generate(Composition composition, GeneratedNames names) {
    CodeBlock.Builder options = CodeBlock.builder();
    boolean first = true;
    for (ResolvedSetting setting : composition.settings()) {
      ConfigKeyDescriptor key = setting.key();
      if (key.phase() != ConfigPhase.BOOT) {
        continue;
      }
      options.add(first ? "\n" : ",\n");
      options.add("new $T($S, $S, $S, $S, $L)", KilnClassNames.BOOT_OPTION, key.name(),
          key.type().name(), setting.value(), key.doc(), key.secret());
      first = false;
    }
    CodeBlock optionList = first
        ? CodeBlock.of("$T.of()", List.class)
        : CodeBlock.builder().add("$T.of(", List.class).indent().indent().add(options.build())
            .unindent().unindent().add(")").build();

    TypeSpec main = TypeSpec.classBuilder(names.main())
        .addJavadoc("Boot entry of image {@code $L} on target $L.\n",
            composition.application().imageName(), composition.target().id())
        .addAnnotation(KilnClassNames.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(composition.application().element())
        .addField(FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(List.class), KilnClassNames.BOOT_OPTION),
                "BOOT_OPTIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(optionList)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("main")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(ArrayTypeName.of(String.class), "args")
            .addStatement("long startNanos = $T.nanoTime()", System.class)
            .addStatement("$T.run($S, args, startNanos, BOOT_OPTIONS,\n"
                    + "arguments -> $T.factory().create(arguments))",
                KilnClassNames.BOOT, composition.application().imageName(),
                names.daggerComponent())
            .build())
        .build();
    return JavaFile.builder(names.main().packageName(), main).build();
  }
}

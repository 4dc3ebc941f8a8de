package dev.kiln.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.Composition;
import dev.kiln.processor.model.SelectedModule;
import javax.lang.model.element.Modifier;

/**
 * Writes the Dagger component of a composition: exactly the chosen modules plus the generated
 * configuration module. Dagger generates the wiring from it in the same compilation.
 */
public final class ComponentGenerator {
  private ComponentGenerator() {}

  public static JavaFile generate(Composition composition, GeneratedNames names) {
    CodeBlock.Builder modules = CodeBlock.builder().add("{\n").indent();
    modules.add("$T.class", names.config());
    for (SelectedModule selected : composition.modules()) {
      modules.add(",\n$T.class", ClassName.get(selected.module().element()));
    }
    modules.unindent().add("\n}");

    TypeSpec factory = TypeSpec.interfaceBuilder("Factory")
        .addAnnotation(KilnClassNames.DAGGER_COMPONENT.nestedClass("Factory"))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addMethod(MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(names.component())
            .addParameter(ParameterSpec.builder(KilnClassNames.BOOT_ARGUMENTS, "arguments")
                .addAnnotation(KilnClassNames.BINDS_INSTANCE).build())
            .build())
        .build();

    TypeSpec.Builder component = TypeSpec.interfaceBuilder(names.component())
        .addJavadoc("The composition of image {@code $L} on target $L.\n",
            composition.application().imageName(), composition.target().id())
        .addAnnotation(KilnClassNames.generated())
        .addAnnotation(KilnClassNames.SINGLETON)
        .addAnnotation(AnnotationSpec.builder(KilnClassNames.DAGGER_COMPONENT)
            .addMember("modules", modules.build())
            .build())
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(KilnClassNames.COMPOSITION)
        .addType(factory)
        .addOriginatingElement(composition.application().element());
    for (SelectedModule selected : composition.modules()) {
      component.addOriginatingElement(selected.module().element());
    }
    return JavaFile.builder(names.component().packageName(), component.build()).build();
  }
}

package dev.kiln.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.BlueprintDescriptor;
import dev.kiln.processor.read.KilnTypes;
import javax.lang.model.element.Modifier;

/**
 * Writes the marker that lets tools list the blueprints of a classpath (the blueprint catalogue):
 * a class in the blueprint index package named after the blueprint, annotated with its interface.
 */
public final class BlueprintIndexGenerator {
  private BlueprintIndexGenerator() {}

  public static JavaFile generate(BlueprintDescriptor blueprint) {
    String markerName = blueprint.id().qualifiedName().replace('.', '_');
    TypeSpec marker = TypeSpec.classBuilder(markerName)
        .addJavadoc("Index entry of the Kiln blueprint {@link $T} ($L).\n",
            ClassName.get(blueprint.element()), blueprint.id().coordinate())
        .addAnnotation(KilnClassNames.generated())
        .addAnnotation(AnnotationSpec.builder(ClassName.bestGuess(KilnTypes.BLUEPRINT_INDEX_ENTRY))
            .addMember("value", "$T.class", ClassName.get(blueprint.element()))
            .build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addOriginatingElement(blueprint.element())
        .build();
    return JavaFile.builder(KilnTypes.BLUEPRINT_INDEX_PACKAGE, marker).build();
  }
}

package dev.kiln.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.ModuleDescriptor;
import dev.kiln.processor.read.KilnTypes;
import javax.lang.model.element.Modifier;

/**
 * Writes the marker that lets applications find a module on their classpath: a class in the index
 * package named after the module, annotated with the module's class.
 */
public final class ModuleIndexGenerator {
  private ModuleIndexGenerator() {}

  public static JavaFile generate(ModuleDescriptor module) {
    String markerName = module.qualifiedName().replace('.', '_');
    TypeSpec marker = TypeSpec.classBuilder(markerName)
        .addJavadoc("Index entry of the Kiln module {@link $T}.\n", ClassName.get(module.element()))
        .addAnnotation(KilnClassNames.generated())
        .addAnnotation(AnnotationSpec.builder(ClassName.bestGuess(KilnTypes.MODULE_INDEX_ENTRY))
            .addMember("value", "$T.class", ClassName.get(module.element()))
            .build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addOriginatingElement(module.element())
        .build();
    return JavaFile.builder(KilnTypes.MODULE_INDEX_PACKAGE, marker).build();
  }
}

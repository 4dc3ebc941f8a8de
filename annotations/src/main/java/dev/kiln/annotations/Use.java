package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Chooses modules when more than one on the classpath provides the same capability. Each class is
 * a {@link KilnModule}; for the capabilities it provides, it wins over every other candidate.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface Use {
  Class<?>[] value();
}

package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Marks an interface as a capability: something an application can need and a module can
 * provide.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface Capability {
  /** One line saying what the capability offers, shown in reports and the module catalogue. */
  String doc() default "";
}

package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Declares a Dagger {@code @Module} to be a library-OS module: what it provides, what it requires,
 * where it runs and what it can be configured with. The Kiln processor indexes it when the module
 * is compiled, so applications find it on their classpath in any jar.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface KilnModule {
  /** Capability interfaces this module binds. */
  Class<?>[] provides();

  /** Capability interfaces this module's bindings depend on. */
  Class<?>[] requires() default {};

  /** Targets the module works on; empty means all. */
  Target[] targets() default {};

  /** Configuration keys the module reads. */
  ConfigKey[] config() default {};

  /** One line saying what the module is, for reports and the catalogue. */
  String doc();
}

package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Declares a configuration key that a module (inside {@link KilnModule#config()}) or an application
 * (on its {@link Unikernel} class) reads. Code receives the value by injecting it with the {@code
 * dev.kiln.api.Setting} qualifier.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@java.lang.annotation.Target(ElementType.TYPE)
@Repeatable(ConfigKeys.class)
public @interface ConfigKey {
  /** Marks a key without a default: an application must set it, or (boot-time) the boot line. */
  String NO_DEFAULT = "\u0000kiln:no-default";

  /** Lower-case words separated by dots, e.g. {@code http.port}. */
  String name();

  ConfigType type() default ConfigType.STRING;

  String defaultValue() default NO_DEFAULT;

  /** One line for reports, {@code --help} and the module catalogue. */
  String doc();

  ConfigPhase phase() default ConfigPhase.BUILD;

  /** A secret is boot-time only and never written into an image or a report. */
  boolean secret() default false;
}

package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Sets a configuration key declared by an included module (or by the application itself with
 * {@link ConfigKey}). The value is checked against the key's type at compile time. For a build-time
 * key it becomes a constant in the image; for a boot-time key it becomes the default that the boot
 * command line can override.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@java.lang.annotation.Target(ElementType.TYPE)
@Repeatable(Configs.class)
public @interface Config {
  String key();

  String value();
}

package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Marks a public interface as a blueprint: a reusable, versioned composition that an application
 * takes whole with {@link Apply}. The interface carries what an application would otherwise write
 * itself: {@link Needs}, {@link Device}, {@link Config} (defaults the application may override)
 * and {@link Use}; it may {@link Apply} other blueprints. It has no members and no code: a
 * blueprint is published as an ordinary Maven artifact and read from its jar at compile time.
 *
 * <p>Retained at run time so that the blueprint's own build can check {@link #version()} against
 * the artifact's version.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface Blueprint {
  /** Lower-case letters, digits and '-', starting with a letter, e.g. {@code static-site}. */
  String name();

  /** The version of the Maven artifact that ships the blueprint, e.g. {@code 0.1.0}. */
  String version();

  /** One line saying what an application gets by applying it, for reports and the catalogue. */
  String doc();
}

package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Applies blueprints to a {@link Unikernel} (or to another {@link Blueprint}): their needs,
 * devices and configuration become the application's. Needs and devices are added together; a
 * {@link Config} on the applying class overrides a blueprint's value for the same key, and a
 * {@link Device} on it overrides a blueprint's device of the same name. Two applied blueprints
 * that set one key to different values, or declare one device name with different types, are an
 * error unless the applying class settles it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface Apply {
  /** Interfaces annotated {@link Blueprint}, in the order their contributions are listed. */
  Class<?>[] value();
}

package dev.kiln.api;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Injects the value of a configuration key, e.g. {@code @Setting("greeting.name") String name}.
 * The value's Java type follows the key's type: String, int, long or boolean.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface Setting {
  /** The key's name. */
  String value();
}

package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Marks the root of an image: the application class the boot entry constructs and starts.
 *
 * <p>The class must implement {@code dev.kiln.api.Application} and have an {@code @Inject}
 * constructor. Its constructor parameters of capability types are needs, like those in {@link
 * Needs}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface Unikernel {
  /** The image name: {@code target/<name>.spt}, {@code target/<name>.jar}, ... */
  String name();

  /**
   * The targets to build. Empty (the default) means every target on which the needs resolve; a
   * target named here that cannot be built is a compile error.
   */
  Target[] targets() default {};
}

package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Capabilities the application needs beyond those its constructor injects, for example {@code
 * @Needs(Dhcp.class)} to get an address by DHCP without using the DHCP client directly.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface Needs {
  /** Capability interfaces, each marked {@link Capability}. */
  Class<?>[] value();
}

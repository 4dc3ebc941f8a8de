package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * A named device the image uses. The host attaches it by this name, e.g. {@code kiln run
 * web.spt --net service=tap0}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@java.lang.annotation.Target(ElementType.TYPE)
@Repeatable(Devices.class)
public @interface Device {
  /** 1 to 67 ASCII letters and digits (the Solo5 manifest's rule). */
  String name();

  DeviceType type();
}

package dev.kiln.processor.generate;

import com.palantir.javapoet.TypeName;
import dev.kiln.annotations.ConfigType;
import java.util.Locale;

/** Java names and types for configuration keys: {@code http.port} to {@code HTTP_PORT}. */
final class ConfigNames {
  private ConfigNames() {}

  static String constant(String key) {
    return key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }

  static String method(String key) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '.' || c == '-') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  static TypeName javaType(ConfigType type) {
    switch (type) {
      case INT:
        return TypeName.INT;
      case LONG:
        return TypeName.LONG;
      case BOOLEAN:
        return TypeName.BOOLEAN;
      default:
        return TypeName.get(String.class);
    }
  }

  /** The literal for a value of the type, as a JavaPoet format and argument. */
  static Object[] literal(ConfigType type, String value) {
    switch (type) {
      case INT:
        return new Object[] {"$L", Integer.parseInt(value)};
      case LONG:
        return new Object[] {"$LL", Long.parseLong(value)};
      case BOOLEAN:
        return new Object[] {"$L", Boolean.parseBoolean(value)};
      default:
        return new Object[] {"$S", value};
    }
  }

  /** The BootValues method that reads a boot-time key of this type. */
  static String bootReader(ConfigType type) {
    switch (type) {
      case INT:
        return "intValue";
      case LONG:
        return "longValue";
      case BOOLEAN:
        return "booleanValue";
      default:
        return "stringValue";
    }
  }
}

package dev.kiln.api.boot;

import dev.kiln.api.BootArguments;
import java.util.function.Function;

/** Typed values of boot-time keys, for the generated configuration modules. */
public final class BootValues {
  private BootValues() {}

  public static String stringValue(BootArguments arguments, String key, String builtIn) {
    String given = arguments.option(key);
    if (given != null) {
      return given;
    }
    if (builtIn == null) {
      throw new BootConfigurationException("--" + key + " is required");
    }
    return builtIn;
  }

  public static int intValue(BootArguments arguments, String key, String builtIn) {
    return Integer.parseInt(checked(stringValue(arguments, key, builtIn), key, "INT"));
  }

  public static long longValue(BootArguments arguments, String key, String builtIn) {
    return Long.parseLong(checked(stringValue(arguments, key, builtIn), key, "LONG"));
  }

  public static boolean booleanValue(BootArguments arguments, String key, String builtIn) {
    return Boolean.parseBoolean(checked(stringValue(arguments, key, builtIn), key, "BOOLEAN"));
  }

  /**
   * Returns {@code value} if it is a TCP or UDP port (1..65535); otherwise the boot ends with a
   * one-line error naming the key, as for a value of the wrong type.
   */
  public static int port(String key, int value) {
    if (value < 1 || value > 65535) {
      throw new BootConfigurationException("--" + key + ": " + value + " is not a port (1..65535)");
    }
    return value;
  }

  /**
   * Parses a boot-time value with {@code parser}; an {@link IllegalArgumentException} from the
   * parser ends the boot with a one-line error naming the key.
   */
  public static <T> T parsed(String key, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new BootConfigurationException("--" + key + ": " + e.getMessage());
    }
  }

  /**
   * Checks a value against a type, returning null when it fits and a one-line problem otherwise.
   */
  public static String problem(String value, String type) {
    switch (type) {
      case "STRING":
        return null;
      case "INT":
        try {
          Integer.parseInt(value);
          return null;
        } catch (NumberFormatException e) {
          return "'" + value + "' is not a whole number between -2147483648 and 2147483647";
        }
      case "LONG":
        try {
          Long.parseLong(value);
          return null;
        } catch (NumberFormatException e) {
          return "'" + value + "' is not a 64-bit whole number";
        }
      case "BOOLEAN":
        return value.equals("true") || value.equals("false")
            ? null
            : "'" + value + "' is not true or false";
      default:
        return "unknown type " + type;
    }
  }

  private static String checked(String value, String key, String type) {
    String problem = problem(value, type);
    if (problem != null) {
      throw new BootConfigurationException("--" + key + ": " + problem);
    }
    return value;
  }
}

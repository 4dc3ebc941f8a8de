package dev.kiln.processor.check;

import dev.kiln.annotations.ConfigType;

/** Checks a configuration value against its type. */
public final class ConfigValues {
  private ConfigValues() {}

  /** Why the value does not fit the type (completing "the value ..."), or null when it fits. */
  public static String misfit(ConfigType type, String value) {
    switch (type) {
      case INT:
        try {
          Integer.parseInt(value);
          return null;
        } catch (NumberFormatException e) {
          return "is not a whole number from -2147483648 to 2147483647";
        }
      case LONG:
        try {
          Long.parseLong(value);
          return null;
        } catch (NumberFormatException e) {
          return "is not a 64-bit whole number";
        }
      case BOOLEAN:
        return value.equals("true") || value.equals("false") ? null : "is not true or false";
      default:
        return null;
    }
  }
}

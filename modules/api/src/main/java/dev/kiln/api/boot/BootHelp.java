package dev.kiln.api.boot;

import dev.kiln.api.BootArguments;
import java.util.List;

/** The {@code --help} text and the check of given options against the image's keys. */
final class BootHelp {
  private BootHelp() {}

  static String text(String imageName, List<BootOption> options) {
    StringBuilder text = new StringBuilder();
    text.append("Usage: ").append(imageName).append(" [--KEY=VALUE]... [--] [ARGUMENT]...\n");
    if (options.isEmpty()) {
      text.append("This image has no boot-time options.\n");
      return text.toString();
    }
    text.append("Boot-time options:\n");
    for (BootOption option : options) {
      text.append("  --").append(option.key()).append('=').append(option.type());
      text.append("\n      ").append(option.doc());
      if (option.builtIn() == null) {
        text.append(" (required)");
      } else if (!option.secret()) {
        text.append(" (default: ").append(option.builtIn()).append(')');
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** The first problem with the given options, or null. */
  static String problem(BootArguments arguments, List<BootOption> options) {
    for (String key : arguments.optionKeys()) {
      BootOption option = find(options, key);
      if (option == null) {
        return "unknown option --" + key;
      }
      String problem = BootValues.problem(arguments.option(key), option.type());
      if (problem != null) {
        return "--" + key + ": " + (option.secret() ? "the value does not fit " + option.type()
            : problem);
      }
    }
    for (BootOption option : options) {
      if (option.builtIn() == null && arguments.option(option.key()) == null) {
        return "--" + option.key() + " is required (" + option.doc() + ")";
      }
    }
    return null;
  }

  private static BootOption find(List<BootOption> options, String key) {
    for (BootOption option : options) {
      if (option.key().equals(key)) {
        return option;
      }
    }
    return null;
  }
}

package dev.kiln.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The boot command line: {@code --key=value} options for boot-time configuration keys, then
 * anything else for the application. Also records when the boot entry started.
 */
public final class BootArguments {
  private final Map<String, String> options;
  private final List<String> rest;
  private final long startNanos;

  private BootArguments(Map<String, String> options, List<String> rest, long startNanos) {
    this.options = options;
    this.rest = rest;
    this.startNanos = startNanos;
  }

  /**
   * Parses the arguments. {@code --key=value} and {@code --flag} (meaning {@code true}) are
   * options; {@code --} ends them; everything else is kept in order as the rest.
   */
  public static BootArguments parse(String[] args, long startNanos) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    boolean optionsEnded = false;
    for (String arg : args) {
      if (optionsEnded || !arg.startsWith("--")) {
        rest.add(arg);
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else {
        int equals = arg.indexOf('=');
        if (equals < 0) {
          options.put(arg.substring(2), "true");
        } else {
          options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
      }
    }
    return new BootArguments(
        Collections.unmodifiableMap(options), Collections.unmodifiableList(rest), startNanos);
  }

  /** The value given for the key, or null. */
  public String option(String key) {
    return options.get(key);
  }

  /** Every {@code --key} given, in order. */
  public Iterable<String> optionKeys() {
    return options.keySet();
  }

  /** The arguments that are not options. */
  public List<String> rest() {
    return rest;
  }

  /** The monotonic time at which the boot entry began. */
  public long startNanos() {
    return startNanos;
  }
}

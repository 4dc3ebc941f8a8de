package dev.kiln.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The boot command line: {@code --key=value} options for boot-time configuration keys, then
 * anything else for the application. Also records when the boot entry started.
 *
 * <p>On the jvm target, where no tender attaches devices, the command line also carries them in
 * the tenders' spelling: {@code --block:NAME=FILE} and {@code --net:NAME=HOSTSIDE}.
 */
public final class BootArguments {
  private final Map<String, String> options;
  private final Map<String, String> devices;
  private final List<String> rest;
  private final long startNanos;

  private BootArguments(Map<String, String> options, Map<String, String> devices,
      List<String> rest, long startNanos) {
    this.options = options;
    this.devices = devices;
    this.rest = rest;
    this.startNanos = startNanos;
  }

  /**
   * Parses the arguments. {@code --key=value} and {@code --flag} (meaning {@code true}) are
   * options; {@code --} ends them; everything else is kept in order as the rest.
   */
  public static BootArguments parse(String[] args, long startNanos) {
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, String> devices = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    boolean optionsEnded = false;
    for (String arg : args) {
      if (optionsEnded || !arg.startsWith("--")) {
        rest.add(arg);
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else if ((arg.startsWith("--block:") || arg.startsWith("--net:")) && arg.contains("=")) {
        int equals = arg.indexOf('=');
        devices.put(arg.substring(2, equals), arg.substring(equals + 1));
      } else {
        int equals = arg.indexOf('=');
        if (equals < 0) {
          options.put(arg.substring(2), "true");
        } else {
          options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
      }
    }
    return new BootArguments(Collections.unmodifiableMap(options),
        Collections.unmodifiableMap(devices), Collections.unmodifiableList(rest), startNanos);
  }

  /** The value given for the key, or null. */
  public String option(String key) {
    return options.get(key);
  }

  /** Every {@code --key} given, in order. */
  public Iterable<String> optionKeys() {
    return options.keySet();
  }

  /**
   * What the command line attached to a device, e.g. {@code device("block", "storage")} for
   * {@code --block:storage=disk.img}; null when nothing was.
   */
  public String device(String kind, String name) {
    return devices.get(kind + ":" + name);
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

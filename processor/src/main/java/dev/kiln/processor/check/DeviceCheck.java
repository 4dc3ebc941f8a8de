package dev.kiln.processor.check;

import dev.kiln.processor.diagnostic.Messages;
import dev.kiln.processor.diagnostic.Problem;
import dev.kiln.processor.model.DeviceDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks declared devices against the Solo5 manifest's rules. */
public final class DeviceCheck {
  /** 64 manifest entries, the first reserved. */
  public static final int MAX_DEVICES = 63;

  private static final int MAX_NAME_LENGTH = 67;

  private DeviceCheck() {}

  /** Checks the devices declared on one class, where they are declared. */
  public static List<Problem> check(List<DeviceDescriptor> devices) {
    return check(devices, false);
  }

  /**
   * Checks the devices of an image; those its blueprints brought in are reported where the
   * blueprint is applied, naming the blueprint.
   */
  public static List<Problem> checkImage(List<DeviceDescriptor> devices) {
    return check(devices, true);
  }

  private static List<Problem> check(List<DeviceDescriptor> devices, boolean image) {
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DeviceDescriptor device : devices) {
      if (!isValidName(device.name())) {
        problems.add(placed(Messages.badDeviceName(device.name(), device.location()), device,
            image));
      } else if (!seen.add(device.name())) {
        problems.add(placed(Messages.duplicateDeviceName(device.name(), device.location()),
            device, image));
      }
    }
    if (devices.size() > MAX_DEVICES) {
      problems.add(Messages.tooManyDevices(
          devices.size(), devices.get(MAX_DEVICES).location()));
    }
    return problems;
  }

  private static Problem placed(Problem problem, DeviceDescriptor device, boolean image) {
    return image && device.origin().isBlueprint()
        ? Messages.inBlueprint(problem, device.origin().blueprint(), device.location())
        : problem;
  }

  public static boolean isValidName(String name) {
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alphanumeric =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alphanumeric) {
        return false;
      }
    }
    return true;
  }
}

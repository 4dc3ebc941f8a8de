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

  public static List<Problem> check(List<DeviceDescriptor> devices) {
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DeviceDescriptor device : devices) {
      if (!isValidName(device.name())) {
        problems.add(Messages.badDeviceName(device.name(), device.location()));
      } else if (!seen.add(device.name())) {
        problems.add(Messages.duplicateDeviceName(device.name(), device.location()));
      }
    }
    if (devices.size() > MAX_DEVICES) {
      problems.add(Messages.tooManyDevices(
          devices.size(), devices.get(MAX_DEVICES).location()));
    }
    return problems;
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

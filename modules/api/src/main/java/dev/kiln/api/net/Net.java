package dev.kiln.api.net;

import dev.kiln.annotations.Capability;

/** Network devices the image declared with {@code @Device(type = DeviceType.NET)}, by name. */
@Capability(doc = "Named network devices (Solo5 NET_BASIC): raw Ethernet frames in and out.")
public interface Net {
  /**
   * The device with that name, acquired on first use.
   *
   * @throws IllegalArgumentException if the image declares no network device of that name
   * @throws IllegalStateException if the platform cannot attach it
   */
  NetDevice device(String name);
}

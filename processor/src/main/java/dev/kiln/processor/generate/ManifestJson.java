package dev.kiln.processor.generate;

import dev.kiln.processor.model.ApplicationDescriptor;
import dev.kiln.processor.model.DeviceDescriptor;

/** The Solo5 manifest ({@code solo5.manifest} version 1) of an application's devices. */
public final class ManifestJson {
  private ManifestJson() {}

  public static String of(ApplicationDescriptor application) {
    JsonWriter json = new JsonWriter().beginObject()
        .field("type", "solo5.manifest")
        .name("version").number(1)
        .name("devices").beginArray();
    for (DeviceDescriptor device : application.devices()) {
      json.beginObject()
          .field("name", device.name())
          .field("type", device.type().manifestType())
          .endObject();
    }
    return json.endArray().endObject().toString();
  }
}

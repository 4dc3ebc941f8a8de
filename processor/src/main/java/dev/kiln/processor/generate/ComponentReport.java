package dev.kiln.processor.generate;

import dev.kiln.annotations.Target;
import dev.kiln.processor.model.ApplicationDescriptor;
import dev.kiln.processor.model.BlueprintDescriptor;
import dev.kiln.processor.model.Composition;
import dev.kiln.processor.model.Declarations;
import dev.kiln.processor.model.DeviceDescriptor;
import dev.kiln.processor.model.Need;
import dev.kiln.processor.model.Origin;
import dev.kiln.processor.model.ResolvedSetting;
import dev.kiln.processor.model.SelectedModule;
import java.util.List;
import java.util.Map;

/**
 * The component report ({@code kiln.components} version 1): the blueprints applied, the root
 * needs and the devices with who declared each; for each target, the modules included and the
 * chain of needs that pulled each in, and every configuration key with its value and where the
 * value came from; for targets not built, why. Secrets never have a value here.
 *
 * <p>Provenance is written the same way everywhere: {@code "source"} is {@code "application"},
 * {@code "blueprint"} or {@code "kiln"} (for needs and devices; the boot entry's own needs), or for
 * configuration values {@code "default"}, {@code "blueprint"}, {@code "application"} or {@code
 * "none"}; {@code "blueprint"} is the {@code name@version} of the blueprint whose annotation it
 * is, or null.
 */
public final class ComponentReport {
  public static final String FORMAT = "kiln.components/1";

  private ComponentReport() {}

  /**
   * @param built compositions of the targets that were built, in target order
   * @param skipped targets not built, with the reason
   */
  public static String of(ApplicationDescriptor application, List<Composition> built,
      Map<Target, String> skipped) {
    JsonWriter json = new JsonWriter().beginObject()
        .field("format", FORMAT)
        .field("image", application.imageName())
        .field("application", application.qualifiedName())
        .name("blueprints").beginArray();
    for (BlueprintDescriptor blueprint : application.blueprints()) {
      json.beginObject()
          .field("name", blueprint.id().name())
          .field("version", blueprint.id().version())
          .field("coordinate", blueprint.id().coordinate())
          .field("class", blueprint.id().qualifiedName())
          .field("doc", blueprint.doc())
          .name("applies").beginArray();
      for (Declarations.BlueprintReference applied : blueprint.declarations().applied()) {
        json.string(coordinateOf(application, applied.qualifiedName()));
      }
      json.endArray().endObject();
    }
    json.endArray().name("needs").beginArray();
    for (Need need : application.needs()) {
      json.beginObject().field("capability", need.capability()).field("reason", need.reason());
      origin(json, need.origin()).endObject();
    }
    json.endArray().name("devices").beginArray();
    for (DeviceDescriptor device : application.devices()) {
      json.beginObject().field("name", device.name())
          .field("type", device.type().manifestType());
      origin(json, device.origin()).endObject();
    }
    json.endArray().name("targets").beginArray();
    for (Target target : Target.values()) {
      Composition composition = find(built, target);
      if (composition != null) {
        writeBuilt(json, composition);
      } else if (skipped.containsKey(target)) {
        json.beginObject().field("target", target.id()).field("status", "skipped")
            .field("reason", skipped.get(target)).endObject();
      }
    }
    return json.endArray().endObject().toString();
  }

  private static void writeBuilt(JsonWriter json, Composition composition) {
    GeneratedNames names = GeneratedNames.of(composition.application(), composition.target());
    json.beginObject()
        .field("target", composition.target().id())
        .field("status", "built")
        .field("main", names.main().canonicalName())
        .field("component", names.component().canonicalName())
        .name("modules").beginArray();
    for (SelectedModule selected : composition.modules()) {
      json.beginObject()
          .field("module", selected.module().qualifiedName())
          .field("doc", selected.module().doc())
          .name("provides").beginArray();
      selected.module().provides().forEach(json::string);
      json.endArray().name("requires").beginArray();
      selected.module().requires().forEach(json::string);
      json.endArray().name("pulledInBy").beginObject()
          .field("capability", selected.pulledInBy().capability());
      origin(json, selected.pulledInBy().origin()).name("chain").beginArray();
      selected.pulledInBy().chain().forEach(json::string);
      json.endArray().endObject().endObject();
    }
    json.endArray().name("config").beginArray();
    for (ResolvedSetting setting : composition.settings()) {
      json.beginObject()
          .field("key", setting.key().name())
          .field("type", setting.key().type().name())
          .field("phase", setting.key().phase().name().toLowerCase(java.util.Locale.ROOT))
          .field("value", setting.key().secret() ? null : setting.value())
          .field("source", setting.source().id())
          .field("blueprint",
              setting.blueprint() == null ? null : setting.blueprint().coordinate())
          .name("secret").bool(setting.key().secret())
          .field("declaredBy", setting.key().declaredBy())
          .field("doc", setting.key().doc())
          .endObject();
    }
    json.endArray().endObject();
  }

  private static JsonWriter origin(JsonWriter json, Origin origin) {
    return json.field("source", origin.source()).field("blueprint", origin.blueprintCoordinate());
  }

  /** A blueprint a blueprint applies was met while merging, so it is in the application's list. */
  private static String coordinateOf(ApplicationDescriptor application, String qualifiedName) {
    for (BlueprintDescriptor blueprint : application.blueprints()) {
      if (blueprint.id().qualifiedName().equals(qualifiedName)) {
        return blueprint.id().coordinate();
      }
    }
    return qualifiedName;
  }

  private static Composition find(List<Composition> built, Target target) {
    for (Composition composition : built) {
      if (composition.target() == target) {
        return composition;
      }
    }
    return null;
  }
}

package dev.kiln.tools.report.page;

import dev.kiln.tools.report.Json;
import dev.kiln.tools.report.sbom.CycloneDxWriter;
import dev.kiln.tools.report.size.SizeShares;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code components.json} of {@code target/kiln/<image>/}: the processor's report, same
 * format, with each built target's output file, its size and size shares, and the artifacts
 * inside the image added.
 */
public final class ExtendedComponents {
  private ExtendedComponents() {}

  @SuppressWarnings("unchecked")
  public static String write(String processorJson, ImageOutputs outputs) {
    Map<String, Object> root = new LinkedHashMap<>((Map<String, Object>) Json.parse(processorJson));
    List<Object> targets = new ArrayList<>();
    for (Object entry : (List<Object>) root.get("targets")) {
      Map<String, Object> target = new LinkedHashMap<>((Map<String, Object>) entry);
      String id = (String) target.get("target");
      if (outputs.files().containsKey(id)) {
        target.put("file", outputs.files().get(id));
        target.put("fileBytes", outputs.fileBytes().get(id));
      }
      SizeShares sizes = outputs.sizes().get(id);
      if (sizes != null) {
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("linkedSymbolBytes", sizes.linkedBytes());
        List<Object> shares = new ArrayList<>();
        for (SizeShares.Share share : sizes.shares()) {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("owner", share.owner());
          item.put("artifact", share.artifact());
          item.put("bytes", share.bytes());
          shares.add(item);
        }
        size.put("shares", shares);
        target.put("size", size);
      }
      targets.add(target);
    }
    root.put("targets", targets);
    List<Object> artifacts = new ArrayList<>();
    for (CycloneDxWriter.Component component : outputs.artifacts()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("group", component.group());
      item.put("artifact", component.name());
      item.put("version", component.version());
      item.put("purl", component.purl());
      item.put("sha256", component.sha256());
      item.put("inside", new ArrayList<Object>(component.inside()));
      artifacts.add(item);
    }
    root.put("artifacts", artifacts);
    return Json.writeIndented(root);
  }
}

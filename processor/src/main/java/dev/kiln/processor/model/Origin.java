package dev.kiln.processor.model;

/**
 * Where a need, device, setting or module choice of an image came from.
 *
 * @param source {@code application}, {@code blueprint}, or {@code kiln} for what every image has
 * @param blueprint the blueprint whose own annotation it is; null unless the source is a blueprint
 */
public record Origin(String source, BlueprintId blueprint) {
  public static final Origin APPLICATION = new Origin("application", null);
  public static final Origin KILN = new Origin("kiln", null);

  public static Origin of(BlueprintId blueprint) {
    return new Origin("blueprint", blueprint);
  }

  public boolean isBlueprint() {
    return blueprint != null;
  }

  /** {@code name@version} of the blueprint, or null. */
  public String blueprintCoordinate() {
    return blueprint == null ? null : blueprint.coordinate();
  }
}

package dev.kiln.annotations;

/** The kinds of device an image can declare; they map onto Solo5's manifest entry types. */
public enum DeviceType {
  /** A network interface (Solo5 NET_BASIC). */
  NET("NET_BASIC"),
  /** A block device (Solo5 BLOCK_BASIC). */
  BLOCK("BLOCK_BASIC");

  private final String manifestType;

  DeviceType(String manifestType) {
    this.manifestType = manifestType;
  }

  /** The type name in a Solo5 manifest. */
  public String manifestType() {
    return manifestType;
  }
}

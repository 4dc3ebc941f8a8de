package dev.kiln.image;

/** Solo5 ABI targets, with the numbers of their ABI notes. */
public enum Solo5Target {
  HVT(1, 2),
  SPT(2, 2),
  VIRTIO(3, 1),
  MUEN(4, 4),
  GENODE(5, 0),
  XEN(6, 1);

  private final int number;
  private final int abiVersion;

  Solo5Target(int number, int abiVersion) {
    this.number = number;
    this.abiVersion = abiVersion;
  }

  /** The {@code abi_target} value in the ABI note. */
  public int number() {
    return number;
  }

  /** The ABI version Kiln's bindings and tenders use for this target. */
  public int abiVersion() {
    return abiVersion;
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Solo5Target byNumber(int number) {
    for (Solo5Target target : values()) {
      if (target.number == number) {
        return target;
      }
    }
    return null;
  }
}

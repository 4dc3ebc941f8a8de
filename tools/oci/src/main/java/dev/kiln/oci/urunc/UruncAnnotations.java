package dev.kiln.oci.urunc;

/** The annotation keys urunc reads, spelled as urunc's documentation and sources spell them. */
public final class UruncAnnotations {
  private static final String PREFIX = "com.urunc.unikernel.";
  /** The unikernel framework; Kiln images use {@link #MIRAGE}. Required. */
  public static final String UNIKERNEL_TYPE = PREFIX + "unikernelType";
  /** The monitor: {@code spt} or {@code hvt} here. Required. */
  public static final String HYPERVISOR = PREFIX + "hypervisor";
  /** Absolute path of the unikernel inside the image. Required. */
  public static final String BINARY = PREFIX + "binary";
  /**
   * The unikernel's own arguments. urunc up to v0.5 read them from here; v0.6 and later take the
   * container's process arguments (the image config's {@code Cmd}) instead.
   */
  public static final String CMDLINE = PREFIX + "cmdline";
  /** Absolute path of a block image inside the image, attached to the unikernel. */
  public static final String BLOCK = PREFIX + "block";
  /** Whether to hand the container's rootfs to the unikernel; never for Kiln images. */
  public static final String MOUNT_ROOTFS = PREFIX + "mountRootfs";
  /** The Solo5 name of the net device (urunc main after v0.7.0; default {@code service}). */
  public static final String SOLO5_NET_DEV = PREFIX + "solo5NetDev";
  /** The Solo5 name of the block device (urunc main after v0.7.0; default {@code storage}). */
  public static final String SOLO5_BLK_DEV = PREFIX + "solo5BlkDev";

  public static final String MIRAGE = "mirage";
  /** The net device name urunc v0.7.0 always attaches the tap to. */
  public static final String DEFAULT_NET_DEVICE = "service";
  /** The block device name urunc v0.7.0 always attaches a block image to. */
  public static final String DEFAULT_BLOCK_DEVICE = "storage";
  /** The file in the image's root that urunc reads when the annotations do not reach it. */
  public static final String URUNC_JSON = "urunc.json";

  private UruncAnnotations() {}
}

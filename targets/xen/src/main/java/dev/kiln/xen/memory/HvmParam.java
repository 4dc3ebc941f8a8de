package dev.kiln.xen.memory;

/** Indices of the HVM parameters the drivers read (Xen's public {@code hvm/params.h}). */
public final class HvmParam {
  /** Guest frame of the XenStore ring page. */
  public static final int STORE_PFN = 1;
  /** Event channel port of the XenStore ring. */
  public static final int STORE_EVTCHN = 2;

  private HvmParam() {}
}

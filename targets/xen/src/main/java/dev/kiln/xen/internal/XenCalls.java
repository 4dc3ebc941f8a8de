package dev.kiln.xen.internal;

import org.teavm.interop.Import;
import org.teavm.interop.c.Include;

/**
 * The C functions of {@code include/solo5_xen.h}, imported into Java. Only callable in an image
 * built through TeaVM; on a JVM these methods do not exist.
 */
public final class XenCalls {
  /** Where generated C finds the header: relative to the runtime's include directory. */
  private static final String HEADER = "../../xen/include/solo5_xen.h";

  private XenCalls() {}

  @Import(name = "solo5_xen_page_alloc")
  @Include(value = HEADER, isSystem = false)
  public static native long pageAlloc();

  @Import(name = "solo5_xen_load8")
  @Include(value = HEADER, isSystem = false)
  public static native int load8(long address);

  @Import(name = "solo5_xen_load16")
  @Include(value = HEADER, isSystem = false)
  public static native int load16(long address);

  @Import(name = "solo5_xen_load32")
  @Include(value = HEADER, isSystem = false)
  public static native int load32(long address);

  @Import(name = "solo5_xen_load64")
  @Include(value = HEADER, isSystem = false)
  public static native long load64(long address);

  @Import(name = "solo5_xen_store8")
  @Include(value = HEADER, isSystem = false)
  public static native void store8(long address, int value);

  @Import(name = "solo5_xen_store16")
  @Include(value = HEADER, isSystem = false)
  public static native void store16(long address, int value);

  @Import(name = "solo5_xen_store32")
  @Include(value = HEADER, isSystem = false)
  public static native void store32(long address, int value);

  @Import(name = "solo5_xen_store64")
  @Include(value = HEADER, isSystem = false)
  public static native void store64(long address, long value);

  @Import(name = "solo5_xen_cmpxchg16")
  @Include(value = HEADER, isSystem = false)
  public static native int cmpxchg16(long address, int expected, int value);

  @Import(name = "solo5_xen_fence")
  @Include(value = HEADER, isSystem = false)
  public static native void fence();

  @Import(name = "solo5_xen_copy_to")
  @Include(value = HEADER, isSystem = false)
  public static native void copyTo(long address, byte[] data, int offset, int length);

  @Import(name = "solo5_xen_copy_from")
  @Include(value = HEADER, isSystem = false)
  public static native void copyFrom(long address, byte[] data, int offset, int length);

  @Import(name = "solo5_xen_hvm_param")
  @Include(value = HEADER, isSystem = false)
  public static native int hvmParam(int index, long[] out);

  @Import(name = "solo5_xen_grant_table")
  @Include(value = HEADER, isSystem = false)
  public static native long grantTable(long[] outEntries);

  @Import(name = "solo5_xen_evtchn_alloc_unbound")
  @Include(value = HEADER, isSystem = false)
  public static native int allocUnbound(int remoteDomain, int[] outPort);

  @Import(name = "solo5_xen_evtchn_send")
  @Include(value = HEADER, isSystem = false)
  public static native int send(int port);

  @Import(name = "solo5_xen_evtchn_bind_handle")
  @Include(value = HEADER, isSystem = false)
  public static native int bindHandle(int port, long handle);

  @Import(name = "solo5_xen_evtchn_unmask")
  @Include(value = HEADER, isSystem = false)
  public static native int unmask(int port);

  @Import(name = "solo5_xen_evtchn_wait")
  @Include(value = HEADER, isSystem = false)
  public static native int await(int port, long deadline);

  @Import(name = "solo5_xen_device_index")
  @Include(value = HEADER, isSystem = false)
  public static native int deviceIndex(String name, int type, int[] outOrdinal);

  @Import(name = "solo5_clock_monotonic")
  @Include(value = "solo5.h", isSystem = false)
  public static native long clockMonotonic();
}

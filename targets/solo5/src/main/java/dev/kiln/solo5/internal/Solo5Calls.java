package dev.kiln.solo5.internal;

import org.teavm.interop.Import;
import org.teavm.interop.c.Include;

/**
 * The C functions of {@code kiln_drivers.h}, imported into Java. Only callable in an image built
 * through TeaVM; on a JVM these methods do not exist.
 */
public final class Solo5Calls {
  /** {@code SOLO5_R_OK}. */
  public static final int OK = 0;
  /** {@code SOLO5_R_AGAIN}. */
  public static final int AGAIN = 1;
  /** {@code SOLO5_R_EINVAL}. */
  public static final int EINVAL = 2;

  private Solo5Calls() {}

  @Import(name = "kiln_console_write")
  @Include(value = "kiln_drivers.h", isSystem = false)
  public static native void consoleWrite(byte[] data, int offset, int length);

  @Import(name = "kiln_exit")
  @Include(value = "kiln_drivers.h", isSystem = false)
  public static native void exit(int status);

  @Import(name = "kiln_clock_monotonic")
  @Include(value = "kiln_drivers.h", isSystem = false)
  public static native long clockMonotonic();

  @Import(name = "kiln_clock_wall")
  @Include(value = "kiln_drivers.h", isSystem = false)
  public static native long clockWall();

  @Import(name = "kiln_yield")
  @Include(value = "kiln_drivers.h", isSystem = false)
  public static native long yieldUntil(long deadline);

  @Import(name = "kiln_block_acquire")
  @Include(value = "kiln_drivers.h", isSystem = false)
  public static native int blockAcquire(String name, long[] out);

  @Import(name = "kiln_block_read")
  @Include(value = "kiln_drivers.h", isSystem = false)
  public static native int blockRead(long handle, long offset, byte[] data, int dataOffset,
      int length);

  @Import(name = "kiln_block_write")
  @Include(value = "kiln_drivers.h", isSystem = false)
  public static native int blockWrite(long handle, long offset, byte[] data, int dataOffset,
      int length);

  @Import(name = "kiln_net_acquire")
  @Include(value = "kiln_drivers.h", isSystem = false)
  public static native int netAcquire(String name, long[] out);

  @Import(name = "kiln_net_read")
  @Include(value = "kiln_drivers.h", isSystem = false)
  public static native int netRead(long handle, byte[] data, int dataOffset, int size,
      int[] outLength);

  @Import(name = "kiln_net_write")
  @Include(value = "kiln_drivers.h", isSystem = false)
  public static native int netWrite(long handle, byte[] data, int dataOffset, int length);

  /** A Solo5 result code as words, for error messages. */
  public static String describe(int result) {
    switch (result) {
      case OK:
        return "OK";
      case AGAIN:
        return "AGAIN";
      case EINVAL:
        return "EINVAL (invalid argument)";
      default:
        return "EUNSPEC (unspecified error)";
    }
  }
}

package dev.kiln.maven.assets;

/**
 * How much the build embeds at most: the bytes go into the image and, on first use, into its
 * heap, so an unexpectedly large folder is a build error rather than a surprise at run time.
 *
 * @param maxFileBytes  the largest file, in bytes
 * @param maxTotalBytes all files together, in bytes
 */
public record AssetLimits(long maxFileBytes, long maxTotalBytes) {
  /**
   * The most any configuration may embed: with at most {@link #MAX_FILES} files it keeps the
   * generated table class within the class file's 65,535 constants (two per chunk, about five
   * per file).
   */
  public static final long CEILING = 256L * 1024 * 1024;

  /** The most files one table holds, for the same reason. */
  public static final int MAX_FILES = 8192;

  public AssetLimits {
    if (maxFileBytes < 0 || maxTotalBytes < 0 || maxFileBytes > Integer.MAX_VALUE
        || maxTotalBytes > CEILING) {
      throw new IllegalArgumentException("asset limits must be at least 0, a file at most "
          + Integer.MAX_VALUE + " bytes and the total at most " + CEILING + " bytes; got "
          + maxFileBytes + " and " + maxTotalBytes);
    }
  }
}

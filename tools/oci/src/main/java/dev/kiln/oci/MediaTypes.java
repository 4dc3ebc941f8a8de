package dev.kiln.oci;

/** The OCI Image Format media types this package writes. */
public final class MediaTypes {
  public static final String INDEX = "application/vnd.oci.image.index.v1+json";
  public static final String MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  public static final String CONFIG = "application/vnd.oci.image.config.v1+json";
  /** An uncompressed tar layer: its digest is also its diff_id. */
  public static final String LAYER_TAR = "application/vnd.oci.image.layer.v1.tar";

  private MediaTypes() {}
}

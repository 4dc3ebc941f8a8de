package dev.kiln.oci;

import java.nio.file.Path;

/** An image layout on disk and the descriptors of its manifest, config and layer. */
public record WrittenImage(Path layout, Descriptor manifest, Descriptor config, Descriptor layer,
    String refName) {

  /** Where the blob with that digest lives in the layout. */
  public Path blob(Sha256 digest) {
    return layout.resolve("blobs").resolve("sha256").resolve(digest.hex());
  }
}

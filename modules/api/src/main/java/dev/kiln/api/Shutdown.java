package dev.kiln.api;

import dev.kiln.annotations.Capability;

/** Ends the image: the process on the JVM and spt, the virtual machine elsewhere. */
@Capability(doc = "Ends the image with an exit status the host sees.")
public interface Shutdown {
  /** Flushes the console and ends the image; never returns. */
  void exit(int status);
}

package dev.kiln.api;

import dev.kiln.annotations.Capability;

/**
 * The target the image runs on. Every image needs it, so a target is built only when an artifact
 * that can run it (kiln-target-jvm, kiln-target-spt, ...) is on the classpath.
 */
@Capability(doc = "The target the image was built for and runs on.")
public interface Platform {
  /** The target's id: {@code jvm}, {@code spt}, {@code hvt}, {@code virtio} or {@code xen}. */
  String target();
}

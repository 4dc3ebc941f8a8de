package dev.kiln.annotations;

/** A platform an image can be built for. */
public enum Target {
  /** A runnable jar on any Java 17+ virtual machine; the development target. */
  JVM("jvm"),
  /** Solo5 spt: a Linux process confined by seccomp. */
  SPT("spt"),
  /** Solo5 hvt: a KVM (or bhyve, vmm, nvmm) virtual machine under solo5-hvt. */
  HVT("hvt"),
  /** Solo5 virtio: any PC hypervisor, booted by multiboot. */
  VIRTIO("virtio"),
  /** Xen PVH domU. */
  XEN("xen");

  private final String id;

  Target(String id) {
    this.id = id;
  }

  /** The lower-case name used in file names and reports, e.g. {@code hello.spt}. */
  public String id() {
    return id;
  }
}

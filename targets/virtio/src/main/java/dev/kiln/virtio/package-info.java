/**
 * The virtio target: Solo5's multiboot target for PC hypervisors (QEMU with TCG or KVM).
 *
 * <p>The C under {@code src/main/c} travels in this jar: the guest bindings (long-mode entry,
 * interrupts, serial console, clocks, PCI, legacy virtio-net and virtio-blk) and the linker
 * script, which the Kiln Maven plugin links into every {@code .virtio} image. {@code kiln run}
 * boots such an image under QEMU. The Java side is only {@link
 * dev.kiln.virtio.VirtioPlatformModule}, which makes virtio a target an application can be built
 * for.
 */
package dev.kiln.virtio;

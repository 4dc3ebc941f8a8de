/**
 * The Xen target: PVH guests for Xen's {@code xl}, with Kiln's own device drivers.
 *
 * <p>The C under {@code src/main/c} travels in this jar: the guest bindings (PVH entry and its
 * ELF note, hypercall page, PV console, shared info and pvclock, event channels, the timer-driven
 * {@code solo5_yield}, shutdown) and the linker script, linked into every {@code .xen} image. The
 * console, clocks, idle wait and shutdown come from the Solo5 drivers of kiln-target-solo5.
 *
 * <p>Devices are driven from Java above a thin C layer ({@code include/solo5_xen.h}): {@link
 * dev.kiln.xen.grant grant tables}, the {@link dev.kiln.xen.store XenStore client}, {@link
 * dev.kiln.xen.ring shared rings}, {@link dev.kiln.xen.net netfront} and {@link dev.kiln.xen.block
 * blkfront}. The protocol code only sees {@link dev.kiln.xen.memory.SharedMemory} and {@link
 * dev.kiln.xen.memory.Hypervisor}, so the tests run it against simulated backends on the JVM.
 *
 * <p>Not implemented: multi-page rings, indirect descriptors, netfront scatter-gather and
 * offloads, suspend and resume, grant table v2, more than one vCPU.
 */
package dev.kiln.xen;

/**
 * The spt target: Solo5's Linux-process target under seccomp.
 *
 * <p>The C under {@code src/main/c} travels in this jar: the guest bindings and linker script,
 * which the Kiln Maven plugin links into every {@code .spt} image, and the {@code kiln-spt}
 * tender, which {@code kiln run} builds on first use. The Java side is only {@link
 * dev.kiln.spt.SptPlatformModule}, which makes spt a target an application can be built for.
 */
package dev.kiln.spt;

/**
 * The hvt target: Solo5's hardware-virtualized target, run by the {@code solo5-hvt} tender.
 *
 * <p>The C under {@code src/main/c} travels in this jar: the guest bindings (boot, CPU tables and
 * traps, and the PIO hypercalls behind the console, clocks, yield, net and block) and the linker
 * script with hvt's execute-only text, which the Kiln Maven plugin links into every {@code .hvt}
 * image. Kiln has no hvt tender of its own; images run under upstream Solo5's {@code solo5-hvt}.
 * The Java side is only {@link dev.kiln.hvt.HvtPlatformModule}, which makes hvt a target an
 * application can be built for.
 */
package dev.kiln.hvt;

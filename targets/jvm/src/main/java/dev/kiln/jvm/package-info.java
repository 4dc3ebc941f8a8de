/**
 * The jvm target: platform capabilities on a normal Java virtual machine, for development.
 *
 * <p>{@link dev.kiln.jvm.JvmConsoleModule} writes to standard output, {@link
 * dev.kiln.jvm.JvmClockModule} reads {@code System.nanoTime} and the system clock, {@link
 * dev.kiln.jvm.JvmRandomModule} uses {@code SecureRandom}, and {@link dev.kiln.jvm.JvmIdleModule}
 * sleeps until the next deadline. Devices (network through the host's sockets, block devices as
 * files) come with the modules that use them.
 */
package dev.kiln.jvm;

/**
 * The jvm target: platform capabilities on a normal Java virtual machine, for development.
 *
 * <p>{@link dev.kiln.jvm.JvmConsoleModule} writes to standard output, {@link
 * dev.kiln.jvm.JvmClockModule} reads {@code System.nanoTime} and the system clock, {@link
 * dev.kiln.jvm.JvmRandomModule} uses {@code SecureRandom}, and {@link dev.kiln.jvm.JvmIdleModule}
 * waits in a {@code java.nio} selector until the next deadline or host socket event. {@link
 * dev.kiln.jvm.JvmTcpModule} and {@link dev.kiln.jvm.JvmUdpModule} provide TCP and UDP through the
 * host's sockets in that selector, in place of Kiln's own network stack. The host also does
 * addressing and name lookups: {@link dev.kiln.jvm.JvmDhcpModule} reports the host's own IPv4
 * address as a lease that never ends, and {@link dev.kiln.jvm.JvmDnsModule} resolves through the
 * host's resolver on a worker thread, answering on the loop. {@link dev.kiln.jvm.JvmBlockModule}
 * attaches block devices as files.
 */
package dev.kiln.jvm;

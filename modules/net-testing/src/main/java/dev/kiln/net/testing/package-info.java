/**
 * Test support for network modules: a {@link dev.kiln.net.testing.ManualEventLoop} whose clock
 * moves only when a test says so, and a {@link dev.kiln.net.testing.SimulatedNetwork}, a seeded
 * broadcast segment joining two or more simulated devices that can drop, duplicate, reorder and
 * corrupt frames. The same seed gives the same run. {@link dev.kiln.net.testing.WiredPair} joins
 * two devices by a perfect cable that allocates nothing, for allocation measurements. Not a library-OS module: nothing here goes
 * into an image.
 */
package dev.kiln.net.testing;

/**
 * Platform modules for every Solo5 target (spt, hvt, virtio; console, clocks and idle also on
 * xen), on the Solo5 guest interface through thin C adapters.
 *
 * <p>Provides Console, Clock, Idle, Block, Net and Random. The event loop's idle wait is {@code
 * solo5_yield}: it blocks until the next timer deadline or until a network device has input, and
 * a network device's handler runs when its handle is in the ready set. Random is SplitMix64
 * seeded from the boot clocks, as Solo5 has no entropy source: not for key material (RDRAND or a
 * seed passed at boot would do better).
 */
package dev.kiln.solo5;

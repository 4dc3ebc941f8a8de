/**
 * Platform modules for every Solo5 target (spt, hvt, virtio; console, clocks and idle also on
 * xen), on the Solo5 guest interface through thin C adapters.
 *
 * <p>Provides Console, Clock, Idle, Block and Net. The event loop's idle wait is {@code
 * solo5_yield}: it blocks until the next timer deadline or until a network device has input, and
 * a network device's handler runs when its handle is in the ready set. Not implemented yet:
 * Random (Solo5 has no entropy source; it needs RDRAND or a seed passed at boot).
 */
package dev.kiln.solo5;

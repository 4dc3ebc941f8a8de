/**
 * Platform modules for every Solo5 target (spt, hvt, virtio; console, clocks and idle also on
 * xen), on the Solo5 guest interface through thin C adapters.
 *
 * <p>Provides Console, Clock, Idle and Block. The event loop's idle wait is {@code solo5_yield}:
 * it blocks until the next timer deadline or until a network device has input. Not implemented
 * yet: Random (Solo5 has no entropy source; it needs RDRAND or a seed passed at boot) and Net
 * (it comes with the network stack).
 */
package dev.kiln.solo5;

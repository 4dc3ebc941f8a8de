/**
 * Ethernet II (the DIX framing every IP network on Solo5 uses).
 *
 * <p>Provides {@link dev.kiln.api.net.Ethernet}; requires {@link dev.kiln.api.net.Net}. Reads the
 * device named by {@code ethernet.device} (default {@code service}) whenever it is readable,
 * parses each frame in place in one reused buffer ({@link dev.kiln.net.ethernet.EthernetFrame},
 * the codec, with {@link dev.kiln.net.ethernet.EthernetHeader} as its value type), drops frames
 * not addressed to this MAC or broadcast, and hands the payload to the listener of its EtherType.
 * Sending writes the 14-byte header into the headroom in front of the payload.
 *
 * <p>Not implemented yet: multicast group membership (multicast frames are dropped), 802.1Q VLAN
 * tags, IEEE 802.3 length-field frames (treated as malformed), padding to the 60-byte minimum
 * (taps and virtio devices do not need it), several devices per image.
 */
package dev.kiln.net.ethernet;

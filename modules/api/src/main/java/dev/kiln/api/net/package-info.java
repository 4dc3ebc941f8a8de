/**
 * Network capabilities, one per layer: {@link dev.kiln.api.net.Net} (the devices), {@link
 * dev.kiln.api.net.Ethernet}, {@link dev.kiln.api.net.Arp}, {@link dev.kiln.api.net.Ipv4}, {@link
 * dev.kiln.api.net.Icmp} and {@link dev.kiln.api.net.Udp}, plus the address value types.
 *
 * <p>All of them are non-blocking and handler-style: a layer calls its listeners from the event
 * loop, with the packet as a region of a buffer the layer owns and reuses, valid only during the
 * call. Sending is zero-copy: the caller writes its payload into a buffer leaving room in front for
 * the headers of the layers below ({@code HEADROOM}), and each layer writes its header in place.
 * Addresses on the packet paths are primitives (an IPv4 address as an {@code int}, a MAC address
 * as the low 48 bits of a {@code long}) so that receiving allocates nothing.
 */
package dev.kiln.api.net;

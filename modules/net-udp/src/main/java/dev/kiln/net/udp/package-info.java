/**
 * UDP (RFC 768).
 *
 * <p>Provides {@link dev.kiln.api.net.Udp}; requires {@link dev.kiln.api.net.Ipv4} and {@link
 * dev.kiln.api.net.Icmp}. Checks each datagram's length and, when the sender computed one, its
 * checksum over the pseudo-header ({@link dev.kiln.net.udp.UdpView}, with {@link
 * dev.kiln.net.udp.UdpHeader} as its value type), hands it to the listener bound to its
 * destination port, and answers datagrams for unbound ports with ICMP port unreachable (never for
 * broadcasts). Sent datagrams always carry a checksum. At most {@value
 * dev.kiln.net.udp.UdpLayer#MAX_BINDINGS} ports can be bound.
 *
 * <p>Not implemented yet: ephemeral port allocation, connected sockets, delivering received ICMP
 * errors to senders, multicast, broadcast sending restrictions, datagrams longer than the MTU.
 */
package dev.kiln.net.udp;

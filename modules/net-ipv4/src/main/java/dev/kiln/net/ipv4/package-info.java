/**
 * IPv4 for a host (RFC 791), with fragment reassembly (RFC 815).
 *
 * <p>Provides {@link dev.kiln.api.net.Ipv4}; requires {@link dev.kiln.api.net.Ethernet}, {@link
 * dev.kiln.api.net.Arp}, {@link dev.kiln.api.Clock} and {@link dev.kiln.api.EventLoop}. The
 * address comes from the boot-time key {@code ipv4} ({@code --ipv4=10.0.0.2/24}) and the default
 * gateway from {@code ipv4-gateway} ({@code --ipv4-gateway=10.0.0.1}, empty for none), both with
 * build-time defaults, unless the image has an {@link dev.kiln.api.net.Ipv4AddressSource} (an
 * optional binding; the DHCP client provides one): then the layer starts without an address,
 * sending and accepting only broadcasts, starts the source on its first event-loop turn, and takes
 * whatever address and gateway the source configures. Received datagrams are checked ({@link
 * dev.kiln.net.ipv4.Ipv4View}: version, header length, total length, header checksum), accepted
 * if addressed to this host, to the limited broadcast or to the network's broadcast, reassembled
 * if fragmented, and handed to the listener of their protocol. Sent datagrams get a fresh
 * identification, TTL {@code ipv4.ttl} and their header checksum, and go to the destination if it
 * is on the local network, otherwise to the gateway.
 *
 * <p>Reassembly keeps at most {@value dev.kiln.net.ipv4.Reassembly#MAX_DATAGRAMS} datagrams in
 * progress within {@value dev.kiln.net.ipv4.Reassembly#MEMORY_LIMIT} bytes of buffers in all,
 * and gives up on one {@value dev.kiln.net.ipv4.Reassembly#TIMEOUT_SECONDS} s after its first
 * fragment arrived.
 *
 * <p>Not implemented yet: fragmenting on send (a datagram longer than the MTU is refused),
 * forwarding, options (skipped on receive, never sent), multicast, several interfaces, ICMP time
 * exceeded on reassembly timeout, path MTU discovery.
 */
package dev.kiln.net.ipv4;

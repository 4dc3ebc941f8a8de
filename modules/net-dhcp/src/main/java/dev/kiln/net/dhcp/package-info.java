/**
 * A DHCP client (RFC 2131) with the options of RFC 2132 it needs.
 *
 * <p>Provides {@link dev.kiln.api.net.Dhcp} and {@link dev.kiln.api.net.Ipv4AddressSource};
 * requires {@link dev.kiln.api.net.Udp}, {@link dev.kiln.api.net.Ethernet} (for the MAC address),
 * {@link dev.kiln.api.net.Arp} (its {@code ArpLayer} sends the address check's probes),
 * {@link dev.kiln.api.Clock}, {@link dev.kiln.api.EventLoop} and {@link dev.kiln.api.Random}. An
 * application gets its address by DHCP by saying {@code @Needs(Dhcp.class)} (or injecting {@code
 * Dhcp}): the IPv4 layer then starts without an address, ignores the {@code ipv4} keys, and
 * starts this client, which configures it on every ACK and takes the address away when the lease
 * ends.
 *
 * <p>Layers: {@link dev.kiln.net.dhcp.DhcpMessage} is the codec (a value with {@code parse} and
 * {@code emit}, {@link dev.kiln.net.dhcp.MalformedDhcpException} for bad input); {@link
 * dev.kiln.net.dhcp.DhcpMachine} is the state machine of section 4.4 (INIT, REBOOTING,
 * SELECTING, REQUESTING, CHECKING, BOUND, RENEWING, REBINDING), given the time with every event and asked for its next
 * deadline; {@link dev.kiln.net.dhcp.DhcpClient} ties it to UDP port 68 and the event loop.
 * Until bound, messages go from 0.0.0.0 to 255.255.255.255 with the BROADCAST flag set, so the
 * server broadcasts its replies too. Renewal (T1) is unicast to the server that granted the
 * lease, rebinding (T2) broadcast; lease times count from when the request was sent.
 *
 * <p>INIT-REBOOT: nothing persists a lease across boots in an image, so the address to ask for
 * again is given at boot ({@code --dhcp.requested-address=10.0.0.5}); the client broadcasts a
 * REQUEST for it and falls back to DISCOVER on a NAK or silence. Address check ({@code
 * dhcp.arp-probe}, on by default): a new address is probed with three ARP probes (RFC 5227 2.1.1)
 * before use, and declined with DHCPDECLINE if another host answers or probes for it; discovery
 * starts again ten seconds later.
 *
 * <p>Not implemented: defending a bound address (RFC 5227 2.4), DHCPRELEASE and DHCPINFORM, option overload (52), choosing among
 * several offers (the first wins), a client identifier (61), and more than one interface.
 */
package dev.kiln.net.dhcp;

/**
 * ARP for IPv4 over Ethernet (RFC 826).
 *
 * <p>Provides {@link dev.kiln.api.net.Arp}; requires {@link dev.kiln.api.net.Ethernet}, {@link
 * dev.kiln.api.Clock} and {@link dev.kiln.api.EventLoop}. Answers requests for the local address
 * (the reply is built in place in the receive buffer), learns senders following RFC 826's merge
 * rule, keeps at most {@value dev.kiln.net.arp.ArpCache#CAPACITY} entries that expire
 * {@value dev.kiln.net.arp.ArpLayer#ENTRY_LIFETIME_SECONDS} s after they were learned, announces
 * the local address with a gratuitous ARP when it is set, and holds at most {@value
 * dev.kiln.net.arp.PendingQueue#CAPACITY} IPv4 packets waiting for a next hop to resolve, retrying
 * a request every second up to {@value dev.kiln.net.arp.ArpLayer#MAX_REQUESTS} times before
 * dropping them. The codec is {@link dev.kiln.net.arp.ArpView} with {@link
 * dev.kiln.net.arp.ArpPacket} as its value type.
 *
 * <p>Not implemented yet: address conflict detection (RFC 5227), proxy ARP, static entries,
 * hardware or protocol types other than Ethernet and IPv4 (treated as malformed).
 */
package dev.kiln.net.arp;

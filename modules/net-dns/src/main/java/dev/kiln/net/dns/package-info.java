/**
 * A DNS stub resolver (RFC 1034 section 5.3.1, RFC 1035) for A records.
 *
 * <p>Provides {@link dev.kiln.api.net.Dns}; requires {@link dev.kiln.api.net.Udp}, {@link
 * dev.kiln.api.Clock}, {@link dev.kiln.api.EventLoop} and {@link dev.kiln.api.Random}; uses a
 * {@link dev.kiln.api.net.Dhcp} client if the image has one. Servers come from the boot-time key
 * {@code dns.servers} ({@code --dns.servers=10.0.0.1,10.0.0.2}) followed by those of the DHCP
 * lease (option 6). A lookup sends a recursive query from a random port with a random id, waits
 * {@code dns.timeout-ms}, and tries the servers in turn for {@code dns.attempts} queries in all;
 * SERVFAIL and REFUSED move on to the next server at once, NXDOMAIN ends the lookup. Answers are
 * followed through CNAMEs and cached for their smallest TTL, at most {@value
 * dev.kiln.net.dns.DnsCache#CAPACITY} names.
 *
 * <p>Layers: {@link dev.kiln.net.dns.DnsMessage} is the codec ({@code parse}/{@code emit}, {@link
 * dev.kiln.net.dns.MalformedDnsException}); names are read with compression, and every pointer
 * must point before the one that led to it, so no message can make the reader loop. {@link
 * dev.kiln.net.dns.DnsResolver} is the stateful part.
 *
 * <p>Truncated answers: when a UDP answer has TC set and the image has {@link
 * dev.kiln.api.net.Tcp} (optional, like Dhcp: this module links no TCP), the same query goes to
 * the same server over TCP with the two-byte length prefix of RFC 1035 4.2.2 (RFC 7766), one
 * query per connection, under the same timeout; without TCP what the truncated answer holds is
 * used.
 *
 * <p>Not implemented: connection reuse and pipelining over TCP (RFC 7766 6.2.1), negative caching (RFC 2308), AAAA and other types, search domains, EDNS(0), DNSSEC, and
 * resolving IPv4 literals locally.
 */
package dev.kiln.net.dns;

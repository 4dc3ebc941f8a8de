/**
 * ICMP for IPv4 (RFC 792).
 *
 * <p>Provides {@link dev.kiln.api.net.Icmp}; requires {@link dev.kiln.api.net.Ipv4}. Answers
 * echo requests addressed to this host (the reply is built in place in the receive buffer, so
 * answering allocates nothing), reports echo requests and replies to listeners, sends echo
 * requests, and sends destination unreachable: "protocol unreachable" for datagrams no protocol
 * module takes, and on behalf of other modules (UDP's "port unreachable"). It never answers a
 * broadcast, a non-initial fragment or an ICMP error with an error. The codec is {@link
 * dev.kiln.net.icmp.IcmpView} with {@link dev.kiln.net.icmp.IcmpHeader} as its value type.
 *
 * <p>Not implemented yet: rate limiting of errors, time exceeded, parameter problem, redirects
 * (ignored), timestamp and information messages, passing received errors to UDP and TCP.
 */
package dev.kiln.net.icmp;

/**
 * TCP (RFC 9293), written from the RFCs.
 *
 * <p>Provides {@link dev.kiln.api.net.Tcp}; requires {@link dev.kiln.api.net.Ipv4}, {@link
 * dev.kiln.api.Clock}, {@link dev.kiln.api.EventLoop} and {@link dev.kiln.api.Random} (for
 * initial sequence numbers).
 *
 * <p>Layers, bottom up:
 *
 * <ul>
 *   <li>Codec: {@link dev.kiln.net.tcp.TcpView} views a segment in place (data offset, checksum
 *       over the IPv4 pseudo-header, the MSS, window-scale and SACK-permitted options) and
 *       writes headers; {@link dev.kiln.net.tcp.TcpHeader} is its value type with {@code
 *       parse}/{@code emit}; malformed input is {@link dev.kiln.net.tcp.MalformedTcpException}.
 *   <li>Connection: {@link dev.kiln.net.tcp.TcpSocket} is one connection in {@link
 *       dev.kiln.net.tcp.TcpState}s with the user calls; its work is split into {@code
 *       SegmentArrival} (handshake and every state change a segment causes), {@code SendPath}
 *       (send sequence space, output, retransmission, congestion control), {@code ReceivePath}
 *       (receive sequence space, reassembly, advertised window) and {@code ConnectionTimers}
 *       (retransmission, 2 MSL, keepalive). Every RFC 9293 state, simultaneous open and
 *       close, TIME-WAIT for 2 MSL ({@code tcp.msl-ms}). Its events (open, segment arrives,
 *       timer expires, the user calls) take the time as a parameter; {@code pollAt()} is its
 *       next deadline. RFC 5961 challenge ACKs for in-window RST and for SYN, and its ACK
 *       acceptability range. RFC 6298 retransmission timer (SRTT/RTTVAR, Karn's rule, backoff,
 *       minimum {@code tcp.min-rto-ms}, 1 s by default). RFC 5681 slow start and congestion
 *       avoidance, fast retransmit and NewReno fast recovery (RFC 6582). Flow control with
 *       RFC 7323 window scaling, MSS negotiation, zero-window probes, sender and receiver silly
 *       window avoidance, Nagle on or off, keepalive (RFC 1122 4.2.3.6), graceful close (FIN,
 *       half-close) and abortive close (RST).
 *   <li>Demultiplexer: {@link dev.kiln.net.tcp.TcpLayer} holds listeners (each with a backlog of
 *       half-open connections) and connections, answers segments for nobody with RST, picks
 *       ephemeral ports and RFC 6528-style initial sequence numbers, and keeps one event-loop
 *       timer per connection at its deadline.
 * </ul>
 *
 * <p>Buffers: each connection has a send ring and a receive ring ({@code tcp.send-buffer},
 * {@code tcp.receive-buffer}, 128 KiB each by default); out-of-order data waits in the receive
 * ring in up to 8 ranges. Segments are built in one scratch buffer; steady-state sending and
 * receiving allocate nothing (a connection's loop timer is re-armed only when its deadline moves
 * earlier), which {@code SteadyStateAllocationTest} measures over 10,000 segments.
 *
 * <p>Not implemented yet: SACK (the option is parsed, never offered, and recovery does not use
 * it), timestamps and PAWS (RFC 7323 3 and 5), delayed ACKs (every data segment is acknowledged
 * at once), RFC 1122's override timer for segments held by sender SWS avoidance, urgent data
 * (the pointer is ignored), challenge-ACK rate limiting (RFC 5961 7), RFC 6298 5.7's 3 s timeout
 * after a lost SYN, reopening from TIME-WAIT on a new SYN (it gets a challenge ACK), ICMP errors
 * (path MTU discovery, soft errors), IP options, CUBIC, and more than {@link
 * dev.kiln.net.tcp.TcpLayer#MAX_LISTENERS} listeners.
 */
package dev.kiln.net.tcp;

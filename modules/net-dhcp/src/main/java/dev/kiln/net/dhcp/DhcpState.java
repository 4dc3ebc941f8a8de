package dev.kiln.net.dhcp;

/** The client states of RFC 2131 section 4.4 (figure 5), plus RFC 5227's address check. */
public enum DhcpState {
  /** No lease; about to discover (or waiting 10 s after a DECLINE). */
  INIT,
  /** INIT-REBOOT's REQUEST for a known address broadcast; waiting for ACK or NAK. */
  REBOOTING,
  /** DISCOVER sent; waiting for an OFFER. */
  SELECTING,
  /** REQUEST for an offer broadcast; waiting for ACK or NAK. */
  REQUESTING,
  /** ACK received for a new address; ARP probes ask whether anyone uses it (RFC 5227 2.1). */
  CHECKING,
  /** Holding a lease; nothing to send until T1. */
  BOUND,
  /** Past T1: REQUEST unicast to the server that granted the lease. */
  RENEWING,
  /** Past T2: REQUEST broadcast to any server. */
  REBINDING
}

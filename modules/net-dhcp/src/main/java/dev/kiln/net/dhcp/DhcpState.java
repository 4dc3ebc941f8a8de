package dev.kiln.net.dhcp;

/** The client states of RFC 2131 section 4.4 (figure 5), without INIT-REBOOT and REBOOTING. */
public enum DhcpState {
  /** No lease; about to discover. */
  INIT,
  /** DISCOVER sent; waiting for an OFFER. */
  SELECTING,
  /** REQUEST for an offer broadcast; waiting for ACK or NAK. */
  REQUESTING,
  /** Holding a lease; nothing to send until T1. */
  BOUND,
  /** Past T1: REQUEST unicast to the server that granted the lease. */
  RENEWING,
  /** Past T2: REQUEST broadcast to any server. */
  REBINDING
}

package dev.kiln.api.net;

import dev.kiln.annotations.Capability;

/** A DNS stub resolver (RFC 1034, 1035) for IPv4 addresses, non-blocking. */
@Capability(doc = "DNS client: A-record lookups with retries across servers and a TTL cache.")
public interface Dns {
  /**
   * Looks up the A records of {@code name} and calls back, on the event loop, exactly once: at
   * once from the cache, otherwise when an answer arrives or every retry has timed out.
   */
  void resolve(String name, Callback callback);

  /** Why a lookup failed. */
  enum Failure {
    /** The name does not exist (RCODE 3). */
    NAME_ERROR,
    /** The name exists but has no A record. */
    NO_ADDRESS,
    /** The server failed (RCODE 2) or refused (RCODE 5), and so did every other. */
    SERVER_FAILURE,
    /** No server answered in time. */
    TIMEOUT,
    /** No DNS server is configured or learnt. */
    NO_SERVERS,
    /** The name is not a valid domain name. */
    BAD_NAME
  }

  /** Receives one lookup's result. */
  interface Callback {
    /** The name's IPv4 addresses (int forms, at least one). */
    void resolved(String name, int[] addresses);

    void failed(String name, Failure failure);
  }
}

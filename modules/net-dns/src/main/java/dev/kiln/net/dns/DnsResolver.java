package dev.kiln.net.dns;

import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Random;
import dev.kiln.api.Setting;
import dev.kiln.api.Timer;
import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Dns;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Udp;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stub resolver: one UDP query at a time per lookup, from its own random port with a random
 * id, tried on each server in turn until one answers or {@code dns.attempts} tries have timed
 * out; answers go through the {@link DnsCache}.
 */
@Singleton
public final class DnsResolver implements Dns {
  static final int SERVER_PORT = 53;
  static final int MAX_LOOKUPS = 16;
  private static final int FIRST_PORT = 49152;
  private static final long SECOND = 1_000_000_000L;

  private final Udp udp;
  private final Clock clock;
  private final EventLoop loop;
  private final Random random;
  private final List<Integer> configuredServers;
  private final Optional<Dhcp> dhcp;
  private final long timeoutNanos;
  private final int attempts;
  private final DnsCache cache = new DnsCache();
  private final List<Lookup> lookups = new ArrayList<>();
  private final byte[] sendBuffer = new byte[Udp.HEADROOM + 512];
  private long malformed;

  @Inject
  public DnsResolver(Udp udp, Clock clock, EventLoop loop, Random random,
      @Setting("dns.servers") String servers, @Setting("dns.timeout-ms") int timeoutMillis,
      @Setting("dns.attempts") int attempts, Optional<Dhcp> dhcp) {
    if (timeoutMillis < 1) {
      throw new IllegalArgumentException("dns.timeout-ms must be positive: " + timeoutMillis);
    }
    if (attempts < 1) {
      throw new IllegalArgumentException("dns.attempts must be positive: " + attempts);
    }
    this.udp = udp;
    this.clock = clock;
    this.loop = loop;
    this.random = random;
    this.configuredServers = parseServers(servers);
    this.dhcp = dhcp;
    this.timeoutNanos = timeoutMillis * 1_000_000L;
    this.attempts = attempts;
  }

  /** Parses a comma-separated list of IPv4 addresses; empty for none. */
  static List<Integer> parseServers(String text) {
    List<Integer> servers = new ArrayList<>();
    for (String part : text.split(",")) {
      String trimmed = part.trim();
      if (!trimmed.isEmpty()) {
        servers.add(Ipv4Address.parse(trimmed).value());
      }
    }
    return List.copyOf(servers);
  }

  /** The configured servers, then those of the DHCP lease in force. */
  public List<Integer> servers() {
    List<Integer> servers = new ArrayList<>(configuredServers);
    if (dhcp.isPresent() && dhcp.get().lease() != null) {
      for (int server : dhcp.get().lease().dnsServers()) {
        if (!servers.contains(server)) {
          servers.add(server);
        }
      }
    }
    return servers;
  }

  @Override
  public void resolve(String name, Callback callback) {
    if (!DnsName.isValid(name) || DnsName.strip(name).isEmpty()) {
      loop.soon(() -> callback.failed(name, Failure.BAD_NAME));
      return;
    }
    long now = clock.monotonicNanos();
    int[] cached = cache.lookup(name, now);
    if (cached != null) {
      loop.soon(() -> callback.resolved(name, cached));
      return;
    }
    List<Integer> servers = servers();
    if (servers.isEmpty()) {
      loop.soon(() -> callback.failed(name, Failure.NO_SERVERS));
      return;
    }
    if (lookups.size() >= MAX_LOOKUPS) {
      throw new IllegalStateException("more than " + MAX_LOOKUPS + " DNS lookups at once");
    }
    Lookup lookup = new Lookup(name, callback, servers, freePort());
    lookups.add(lookup);
    udp.bind(lookup.port, lookup::datagram);
    lookup.send();
  }

  public long responsesMalformed() {
    return malformed;
  }

  public int cached() {
    return cache.size();
  }

  private int freePort() {
    while (true) {
      int port = FIRST_PORT + (int) Math.floorMod(random.nextLong(), 65536 - FIRST_PORT);
      boolean used = false;
      for (Lookup lookup : lookups) {
        used |= lookup.port == port;
      }
      if (!used) {
        return port;
      }
    }
  }

  /** One name being looked up. */
  private final class Lookup {
    final String name;
    final Callback callback;
    final List<Integer> servers;
    final int port;
    int attempt;
    int id;
    int server;
    Timer timer;

    Lookup(String name, Callback callback, List<Integer> servers, int port) {
      this.name = name;
      this.callback = callback;
      this.servers = servers;
      this.port = port;
    }

    void send() {
      id = (int) random.nextLong() & 0xFFFF;
      server = servers.get(attempt % servers.size());
      attempt++;
      int length = DnsMessage.query(id, name).emit(sendBuffer, Udp.HEADROOM);
      udp.send(port, server, SERVER_PORT, sendBuffer, Udp.HEADROOM, length);
      timer = loop.after(timeoutNanos, this::timedOut);
    }

    void timedOut() {
      retryOr(Failure.TIMEOUT);
    }

    void retryOr(Failure failure) {
      timer.cancel();
      if (attempt < attempts) {
        send();
      } else {
        finish();
        callback.failed(name, failure);
      }
    }

    void finish() {
      timer.cancel();
      udp.unbind(port);
      lookups.remove(this);
    }

    void datagram(int source, int sourcePort, int destinationPort, byte[] buffer, int offset,
        int length) {
      if (source != server || sourcePort != SERVER_PORT) {
        return;
      }
      DnsMessage response;
      try {
        response = DnsMessage.parse(buffer, offset, length);
      } catch (MalformedDnsException e) {
        malformed++;
        return;
      }
      if (!response.response() || response.id() != id || response.questions().size() != 1
          || !DnsName.same(response.questions().get(0).name(), name)) {
        return; // not the answer to this query (RFC 5452 asks for these checks)
      }
      switch (response.rcode()) {
        case DnsMessage.RCODE_OK:
          answered(response);
          break;
        case DnsMessage.RCODE_NAME_ERROR:
          finish();
          callback.failed(name, Failure.NAME_ERROR);
          break;
        default:
          retryOr(Failure.SERVER_FAILURE); // SERVFAIL, REFUSED, ...: ask the next server
          break;
      }
    }

    /** Follows CNAMEs from the name asked and collects the A records they lead to. */
    private void answered(DnsMessage response) {
      List<String> aliases = new ArrayList<>();
      aliases.add(name);
      long ttl = Long.MAX_VALUE;
      for (DnsMessage.Answer answer : response.answers()) {
        if (answer.type() == DnsMessage.TYPE_CNAME && answer.dnsClass() == DnsMessage.CLASS_IN
            && isAlias(aliases, answer.name())) {
          aliases.add(answer.target());
          ttl = Math.min(ttl, answer.ttlSeconds());
        }
      }
      List<Integer> addresses = new ArrayList<>();
      for (DnsMessage.Answer answer : response.answers()) {
        if (answer.type() == DnsMessage.TYPE_A && answer.dnsClass() == DnsMessage.CLASS_IN
            && isAlias(aliases, answer.name())) {
          addresses.add(answer.address());
          ttl = Math.min(ttl, answer.ttlSeconds());
        }
      }
      finish();
      if (addresses.isEmpty()) {
        callback.failed(name, Failure.NO_ADDRESS);
        return;
      }
      int[] result = new int[addresses.size()];
      for (int i = 0; i < result.length; i++) {
        result[i] = addresses.get(i);
      }
      long now = clock.monotonicNanos();
      cache.put(name, result, now, now + Math.min(ttl, Integer.MAX_VALUE) * SECOND);
      callback.resolved(name, result);
    }

    private boolean isAlias(List<String> aliases, String candidate) {
      for (String alias : aliases) {
        if (DnsName.same(alias, candidate)) {
          return true;
        }
      }
      return false;
    }
  }
}

package dev.kiln.net.dns;

import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Random;
import dev.kiln.api.Setting;
import dev.kiln.api.Timer;
import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Dns;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Tcp;
import dev.kiln.api.net.Udp;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stub resolver: one UDP query at a time per lookup, from its own random port with a random
 * id, tried on each server in turn until one answers or {@code dns.attempts} tries have timed
 * out; answers go through the {@link DnsCache}. When an answer comes back truncated (TC) and the
 * image has {@link Tcp} (optional: no TCP is linked for this), the same query goes to the same
 * server over TCP ({@link DnsOverTcp}, RFC 1035 4.2.2, RFC 7766); without TCP the truncated
 * answer is used as it is.
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
  private final Optional<Tcp> tcp;
  private final long timeoutNanos;
  private final int attempts;
  private final DnsCache cache = new DnsCache();
  private final List<Lookup> lookups = new ArrayList<>();
  private final byte[] sendBuffer = new byte[Udp.HEADROOM + 512];
  private long malformed;
  private long tcpFallbacks;

  /** A resolver over UDP only. */
  public DnsResolver(Udp udp, Clock clock, EventLoop loop, Random random, String servers,
      int timeoutMillis, int attempts, Optional<Dhcp> dhcp) {
    this(udp, clock, loop, random, servers, timeoutMillis, attempts, dhcp, Optional.empty());
  }

  /** A resolver that retries truncated answers over {@code tcp} when it is present. */
  @Inject
  public DnsResolver(Udp udp, Clock clock, EventLoop loop, Random random,
      @Setting("dns.servers") String servers, @Setting("dns.timeout-ms") int timeoutMillis,
      @Setting("dns.attempts") int attempts, Optional<Dhcp> dhcp, Optional<Tcp> tcp) {
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
    this.tcp = tcp;
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

  /** Truncated UDP answers asked again over TCP. */
  public long tcpFallbacks() {
    return tcpFallbacks;
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
    DnsOverTcp overTcp;

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

    /** RFC 7766 6.2: a truncated answer; the same query to the same server over TCP. */
    void askOverTcp() {
      tcpFallbacks++;
      timer.cancel();
      int length = DnsMessage.query(id, name).emit(sendBuffer, Udp.HEADROOM);
      overTcp = DnsOverTcp.start(tcp.get(), server, sendBuffer, Udp.HEADROOM, length,
          new DnsOverTcp.Listener() {
            @Override
            public void response(byte[] message, int messageLength) {
              overTcp = null;
              DnsMessage response;
              try {
                response = DnsMessage.parse(message, 0, messageLength);
              } catch (MalformedDnsException e) {
                malformed++;
                retryOr(Failure.SERVER_FAILURE);
                return;
              }
              if (matches(response)) {
                handle(response);
              } else {
                retryOr(Failure.SERVER_FAILURE);
              }
            }

            @Override
            public void failed() {
              overTcp = null;
              retryOr(Failure.SERVER_FAILURE);
            }
          });
      timer = loop.after(timeoutNanos, this::timedOut);
    }

    void timedOut() {
      retryOr(Failure.TIMEOUT);
    }

    void retryOr(Failure failure) {
      timer.cancel();
      if (overTcp != null) {
        overTcp.abort();
        overTcp = null;
      }
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
      if (source != server || sourcePort != SERVER_PORT || overTcp != null) {
        return;
      }
      if (tcp.isPresent() && truncatedAnswer(buffer, offset, length)) {
        askOverTcp();
        return;
      }
      DnsMessage response;
      try {
        response = DnsMessage.parse(buffer, offset, length);
      } catch (MalformedDnsException e) {
        malformed++;
        return;
      }
      if (!matches(response)) {
        return; // not the answer to this query (RFC 5452 asks for these checks)
      }
      handle(response);
    }

    /**
     * Whether the header alone says: a response to this query's id with TC set. A truncated
     * message may end inside a record, so the rest is not parsed (RFC 2181 9).
     */
    private boolean truncatedAnswer(byte[] buffer, int offset, int length) {
      if (length < 12) {
        return false;
      }
      int messageId = (buffer[offset] & 0xFF) << 8 | (buffer[offset + 1] & 0xFF);
      int flags = buffer[offset + 2] & 0xFF;
      return messageId == id && (flags & 0x80) != 0 && (flags & 0x02) != 0;
    }

    private boolean matches(DnsMessage response) {
      return response.response() && response.id() == id && response.questions().size() == 1
          && DnsName.same(response.questions().get(0).name(), name);
    }

    private void handle(DnsMessage response) {
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

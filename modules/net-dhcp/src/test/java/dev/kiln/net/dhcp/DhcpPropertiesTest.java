package dev.kiln.net.dhcp;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class DhcpPropertiesTest {
  @Property
  void parseOfEmitIsIdentity(@ForAll("messages") DhcpMessage message) throws Exception {
    byte[] buffer = new byte[message.length() + 20];
    int length = message.emit(buffer, 20);
    assertThat(DhcpMessage.parse(buffer, 20, length)).isEqualTo(message);
  }

  @Property
  void arbitraryBytesParseOrAreMalformed(@ForAll @Size(max = 600) byte[] bytes) {
    try {
      DhcpMessage.parse(bytes, 0, bytes.length);
    } catch (MalformedDhcpException expected) {
      // the only failure allowed
    }
  }

  @Property
  void mutatedMessagesParseOrAreMalformed(@ForAll("messages") DhcpMessage message,
      @ForAll @Size(min = 1, max = 8) List<Integer> positions, @ForAll byte value,
      @ForAll boolean truncate) {
    byte[] buffer = new byte[message.length()];
    int length = message.emit(buffer, 0);
    for (int position : positions) {
      buffer[Math.floorMod(position, length)] = value;
    }
    if (truncate) {
      length = Math.floorMod(positions.get(0), length);
    }
    try {
      DhcpMessage.parse(buffer, 0, length);
    } catch (MalformedDhcpException expected) {
      // the only failure allowed
    }
  }

  @Provide
  Arbitrary<DhcpMessage> messages() {
    Arbitrary<Integer> address = Arbitraries.integers().between(Integer.MIN_VALUE,
        Integer.MAX_VALUE);
    Arbitrary<Integer> optional = Arbitraries.oneOf(Arbitraries.just(0), address);
    Arbitrary<Long> time = Arbitraries.longs().between(-1, 0xFFFF_FFFFL);
    Arbitrary<List<Integer>> servers = address.list().ofMaxSize(8);
    Arbitrary<List<Integer>> codes = Arbitraries.integers().between(0, 255).list().ofMaxSize(40);
    Arbitrary<DhcpMessage> header = Combinators.combine(Arbitraries.integers().between(1, 2),
        address, Arbitraries.integers().between(0, 0xFFFF), Arbitraries.of(true, false),
        address, address, address, address).as((op, xid, secs, broadcast, ci, yi, si, gi) ->
        new DhcpMessage(op, xid, secs, broadcast, ci, yi, si, gi, 0, 0, 0, 0, List.of(), -1, 0,
            0, List.of(), -1, -1));
    Arbitrary<DhcpMessage> withMac = Combinators.combine(header,
        Arbitraries.longs().between(0, 0xFFFF_FFFF_FFFFL), Arbitraries.integers().between(0, 8),
        optional, optional, servers, time, optional).as((m, mac, type, mask, router, dns, lease,
        server) -> new DhcpMessage(m.op(), m.xid(), m.secs(), m.broadcast(), m.clientAddress(),
            m.yourAddress(), m.serverAddress(), m.relayAddress(), mac, type, mask, router, dns,
            lease, server, 0, List.of(), -1, -1));
    return Combinators.combine(withMac, optional, codes, time, time).as((m, requested, params,
        t1, t2) -> new DhcpMessage(m.op(), m.xid(), m.secs(), m.broadcast(), m.clientAddress(),
            m.yourAddress(), m.serverAddress(), m.relayAddress(), m.clientMac(),
            m.messageType(), m.subnetMask(), m.router(), m.dnsServers(), m.leaseSeconds(),
            m.serverId(), requested, params, t1, t2));
  }
}

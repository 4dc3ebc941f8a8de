package dev.kiln.api.net;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AddressesTest {
  @Test
  void ipv4AddressesParseAndFormat() {
    Ipv4Address address = Ipv4Address.parse("10.0.0.2");
    assertThat(address.value()).isEqualTo(0x0a000002);
    assertThat(address.toString()).isEqualTo("10.0.0.2");
    assertThat(Ipv4Address.parse("255.255.255.255")).isEqualTo(Ipv4Address.BROADCAST);
    assertThat(Ipv4Address.of(192, 168, 1, 200).toString()).isEqualTo("192.168.1.200");
  }

  @Test
  void badIpv4TextIsRejected() {
    for (String bad : new String[] {"", "10.0.0", "10.0.0.256", "10.0.0.01", "10.0.0.2.",
        "a.b.c.d", "10..0.1", " 10.0.0.1", "1000.0.0.1"}) {
      assertThrows(IllegalArgumentException.class, () -> Ipv4Address.parse(bad), bad);
    }
  }

  @Test
  void cidrGivesMaskBroadcastAndMembership() {
    Ipv4Cidr cidr = Ipv4Cidr.parse("10.0.0.2/24");
    assertThat(cidr.address()).isEqualTo(Ipv4Address.parse("10.0.0.2"));
    assertThat(cidr.mask()).isEqualTo(0xffffff00);
    assertThat(Ipv4Address.format(cidr.broadcast())).isEqualTo("10.0.0.255");
    assertThat(cidr.contains(Ipv4Address.parse("10.0.0.77").value())).isTrue();
    assertThat(cidr.contains(Ipv4Address.parse("10.0.1.1").value())).isFalse();
    assertThat(Ipv4Cidr.parse("0.0.0.0/0").contains(0x08080808)).isTrue();
    assertThat(cidr.toString()).isEqualTo("10.0.0.2/24");
  }

  @Test
  void badCidrTextIsRejected() {
    for (String bad : new String[] {"10.0.0.2", "10.0.0.2/", "10.0.0.2/33", "10.0.0.2/x",
        "10.0.0.2/-1"}) {
      assertThrows(IllegalArgumentException.class, () -> Ipv4Cidr.parse(bad), bad);
    }
  }

  @Test
  void macAddressesParseFormatAndConvert() {
    MacAddress mac = MacAddress.parse("02:00:0A:00:00:FF");
    assertThat(mac.value()).isEqualTo(0x02000a0000ffL);
    assertThat(mac.toString()).isEqualTo("02:00:0a:00:00:ff");
    assertThat(MacAddress.of(mac.toBytes())).isEqualTo(mac);
    assertThat(MacAddress.isMulticast(MacAddress.BROADCAST_VALUE)).isTrue();
    assertThat(MacAddress.isMulticast(mac.value())).isFalse();
    assertThrows(IllegalArgumentException.class, () -> MacAddress.parse("02:00:0a:00:00"));
    assertThrows(IllegalArgumentException.class, () -> MacAddress.of(1L << 48));
  }
}

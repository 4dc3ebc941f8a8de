package dev.kiln.net.ipv4;

import static com.google.common.truth.Truth.assertThat;
import static dev.kiln.net.ipv4.Ipv4Stack.LOCAL;
import static dev.kiln.net.ipv4.Ipv4Stack.udpHeader;

import org.junit.jupiter.api.Test;

/** Fragment reassembly (RFC 791 section 3.2, RFC 815), through the IPv4 layer. */
class ReassemblyTest {
  private static final long SECOND = 1_000_000_000L;
  private final Ipv4Stack stack = new Ipv4Stack();

  @Test
  void reassemblesFragmentsArrivingOutOfOrderAndTwice() {
    byte[] payload = pattern(3000);

    fragment(7, payload, 2400, 600, false);
    fragment(7, payload, 1200, 1200, true);
    fragment(7, payload, 1200, 1200, true);
    assertThat(stack.delivered).isEmpty();
    fragment(7, payload, 0, 1200, true);

    assertThat(stack.delivered).containsExactly("10.0.0.1>10.0.0.2 17 3000");
    assertThat(stack.payloads.get(0)).isEqualTo(payload);
    assertThat(stack.ipv4.reassembliesInProgress()).isEqualTo(0);
  }

  @Test
  void reassemblesOverlappingFragments() {
    byte[] payload = pattern(64);
    fragment(1, payload, 0, 32, true);
    fragment(1, payload, 16, 32, true);
    fragment(1, payload, 40, 24, false);
    assertThat(stack.payloads).hasSize(1);
    assertThat(stack.payloads.get(0)).isEqualTo(payload);
  }

  @Test
  void keepsDatagramsFromDifferentIdentificationsApart() {
    byte[] a = pattern(16);
    byte[] b = pattern(24);
    fragment(1, a, 0, 8, true);
    fragment(2, b, 0, 8, true);
    fragment(2, b, 8, 16, false);
    fragment(1, a, 8, 8, false);
    assertThat(stack.payloads.get(0)).isEqualTo(b);
    assertThat(stack.payloads.get(1)).isEqualTo(a);
  }

  @Test
  void givesUpAfterTheTimeLimit() {
    byte[] payload = pattern(16);
    fragment(3, payload, 0, 8, true);
    assertThat(stack.ipv4.reassembliesInProgress()).isEqualTo(1);

    stack.loop.advance(Reassembly.TIMEOUT_SECONDS * SECOND);

    assertThat(stack.ipv4.reassembliesInProgress()).isEqualTo(0);
    assertThat(stack.ipv4.reassembliesTimedOut()).isEqualTo(1);
    fragment(3, payload, 8, 8, false);
    assertThat(stack.delivered).isEmpty();
  }

  @Test
  void holdsAtMostMaxDatagramsInProgress() {
    byte[] payload = pattern(16);
    for (int id = 0; id < Reassembly.MAX_DATAGRAMS + 1; id++) {
      fragment(id, payload, 0, 8, true);
    }
    assertThat(stack.ipv4.reassembliesInProgress()).isEqualTo(Reassembly.MAX_DATAGRAMS);
    assertThat(stack.ipv4.reassembliesDropped()).isEqualTo(1);
  }

  @Test
  void staysWithinTheMemoryLimit() {
    byte[] tail = pattern(8);
    for (int id = 0; id < Reassembly.MAX_DATAGRAMS; id++) {
      // A fragment near the end of a maximal datagram needs a buffer of about 64 KiB.
      stack.fromPeer(udpHeader(LOCAL, id, true, 65000, 8), tail);
    }
    assertThat(stack.ipv4.reassemblyMemory()).isAtMost(Reassembly.MEMORY_LIMIT);
    assertThat(stack.ipv4.reassembliesDropped()).isAtLeast(1);
  }

  @Test
  void dropsADatagramWhoseFragmentsContradictItsLength() {
    byte[] payload = pattern(48);
    fragment(4, payload, 16, 16, false);
    fragment(4, payload, 24, 16, true);
    assertThat(stack.ipv4.reassembliesDropped()).isEqualTo(1);
    assertThat(stack.ipv4.reassembliesInProgress()).isEqualTo(0);
  }

  @Test
  void dropsANonFinalFragmentWhoseLengthIsNotAMultipleOfEight() {
    byte[] payload = pattern(32);
    fragment(5, payload, 0, 12, true);
    assertThat(stack.ipv4.reassembliesDropped()).isEqualTo(1);
  }

  @Test
  void dropsADatagramThatWouldExceedTheMaximumLength() {
    stack.fromPeer(udpHeader(LOCAL, 6, false, 65512, 8), pattern(8));
    assertThat(stack.ipv4.reassembliesDropped()).isEqualTo(1);
  }

  private void fragment(int id, byte[] payload, int offset, int length, boolean more) {
    byte[] part = new byte[length];
    System.arraycopy(payload, offset, part, 0, length);
    stack.fromPeer(udpHeader(LOCAL, id, more, offset, length), part);
  }

  static byte[] pattern(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    return bytes;
  }
}

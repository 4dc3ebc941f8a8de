package dev.kiln.xen.net;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.xen.bus.Frontend;
import dev.kiln.xen.grant.GrantTable;
import dev.kiln.xen.sim.SimulatedNetback;
import dev.kiln.xen.sim.SimulatedXen;
import dev.kiln.xen.sim.SimulatedXenStored;
import dev.kiln.xen.store.XenStore;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Netfront against a simulated netback that echoes every frame. */
class NetfrontTest {
  private static final long SECOND = 1_000_000_000L;
  private final SimulatedXen xen = new SimulatedXen(4);
  private final SimulatedXenStored daemon = new SimulatedXenStored(xen);
  private final SimulatedNetback netback =
      new SimulatedNetback(xen, daemon, 0, "00:16:3e:0a:0b:0c");
  private final XenStore store = new XenStore(daemon.page(), daemon.port(), xen, SECOND);
  private final GrantTable grants = new GrantTable(xen.grantTable());

  private Netfront connect() {
    Frontend frontend = new Frontend(store, Frontend.nodeOf(store, "vif", 0));
    return new Netfront(xen, grants, frontend, xen.nanoTime() + 5 * SECOND);
  }

  @Test
  void handshakePublishesRingsAndChannelThenConnects() {
    Netfront netfront = connect();
    String node = netback.frontend;
    assertThat(daemon.get(node + "/state")).isEqualTo("4");
    assertThat(daemon.get(netback.backend + "/state")).isEqualTo("4");
    assertThat(daemon.get(node + "/request-rx-copy")).isEqualTo("1");
    assertThat(Integer.parseInt(daemon.get(node + "/event-channel"))).isEqualTo(netfront.port());
    assertThat(Integer.parseInt(daemon.get(node + "/tx-ring-ref")))
        .isAtLeast(GrantTable.FIRST_FREE);
    assertThat(netfront.mac()).isEqualTo(new byte[] {0, 0x16, 0x3e, 0x0a, 0x0b, 0x0c});
    assertThat(netfront.mtu()).isEqualTo(1500);
  }

  @Test
  void framesOfEverySizeComeBackByteExact() {
    Netfront netfront = connect();
    Random random = new Random(9);
    byte[] in = new byte[1514];
    for (int size : new int[] {1, 14, 60, 64, 577, 1500, 1513, 1514}) {
      byte[] frame = new byte[size];
      random.nextBytes(frame);
      assertThat(netfront.send(frame, 0, size)).isTrue();
      xen.runBackends();
      assertThat(netfront.receive(in, 0)).isEqualTo(size);
      assertThat(java.util.Arrays.copyOf(in, size)).isEqualTo(frame);
      assertThat(netfront.receive(in, 0)).isEqualTo(-1);
    }
    assertThat(netback.transmitted).hasSize(8);
  }

  @Test
  void tenThousandFramesReuseBuffersAndWrapTheRings() {
    Netfront netfront = connect();
    byte[] frame = new byte[100];
    byte[] in = new byte[1514];
    int received = 0;
    for (int i = 0; i < 10_000; i++) {
      frame[0] = (byte) i;
      frame[99] = (byte) (i >> 8);
      assertThat(netfront.send(frame, 0, frame.length)).isTrue();
      xen.runBackends();
      assertThat(netfront.receive(in, 0)).isEqualTo(100);
      assertThat(in[0]).isEqualTo((byte) i);
      assertThat(in[99]).isEqualTo((byte) (i >> 8));
      received++;
    }
    assertThat(received).isEqualTo(10_000);
    assertThat(netback.dropped).isEqualTo(0);
  }

  @Test
  void sendReportsBackpressureWhenEveryBufferIsWithTheBackend() {
    Netfront netfront = connect();
    byte[] frame = new byte[60];
    int accepted = 0;
    while (netfront.send(frame, 0, frame.length)) {
      accepted++;
    }
    assertThat(accepted).isEqualTo(Netfront.TX_BUFFERS);
    xen.runBackends(); // the backend answers, the buffers come back
    assertThat(netfront.send(frame, 0, frame.length)).isTrue();
  }

  @Test
  void framesBeyondThePostedBuffersAreDroppedByTheBackendNotCorrupted() {
    Netfront netfront = connect();
    netback.echo(false);
    byte[] in = new byte[1514];
    for (int i = 0; i < Netfront.RX_BUFFERS + 5; i++) {
      netback.inject(new byte[] {(byte) i, 1, 2});
    }
    assertThat(netback.dropped).isEqualTo(5);
    for (int i = 0; i < Netfront.RX_BUFFERS; i++) {
      assertThat(netfront.receive(in, 0)).isEqualTo(3);
      assertThat(in[0]).isEqualTo((byte) i);
    }
    assertThat(netfront.receive(in, 0)).isEqualTo(-1);
    assertThat(netback.inject(new byte[] {42})).isTrue(); // buffers were posted again
  }

  @Test
  void receiveReadinessReachesTheBoundHandle() {
    Netfront netfront = connect();
    xen.bindToHandle(netfront.port(), 3);
    xen.takeReadyHandles();
    netback.echo(false);
    netback.inject(new byte[] {1});
    assertThat(xen.takeReadyHandles()).isEqualTo(1L << 3);
  }

  @Test
  void oversizedFrameIsRefused() {
    Netfront netfront = connect();
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> netfront.send(new byte[1515], 0, 1515))).hasMessageThat().contains("1514");
  }

  @Test
  void deviceBeyondTheConfiguredOnesNamesTheGap() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Frontend.nodeOf(store, "vif", 1));
    assertThat(e).hasMessageThat().contains("needs 2 vif device(s) but the domain has 1");
  }

  @Test
  void backendThatNeverConnectsTimesOut() {
    daemon.put(netback.backend + "/state", "1"); // stuck initialising
    Frontend frontend = new Frontend(store, Frontend.nodeOf(store, "vif", 0));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new Netfront(xen, grants, frontend, xen.nanoTime() + SECOND));
    assertThat(e).hasMessageThat().contains("stayed INITIALISING");
  }

  @Test
  void macIsParsedStrictly() {
    assertThat(Netfront.parseMac("00:16:3E:ff:1:2"))
        .isEqualTo(new byte[] {0, 0x16, 0x3e, (byte) 0xff, 1, 2});
    assertThrows(IllegalArgumentException.class, () -> Netfront.parseMac("00:16:3e"));
    assertThrows(IllegalArgumentException.class, () -> Netfront.parseMac("00:16:3e:0g:00:00"));
  }
}

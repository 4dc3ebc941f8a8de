package dev.kiln.net.dhcp;

import dev.kiln.api.Clock;
import dev.kiln.api.EventLoop;
import dev.kiln.api.Random;
import dev.kiln.api.Setting;
import dev.kiln.api.Timer;
import dev.kiln.api.net.Dhcp;
import dev.kiln.api.net.Ethernet;
import dev.kiln.api.net.Ipv4Address;
import dev.kiln.api.net.Ipv4AddressSource;
import dev.kiln.api.net.Udp;
import dev.kiln.net.arp.ArpLayer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@link DhcpMachine} on UDP port 68 and the event loop, and configures IPv4 with what
 * it binds. IPv4 starts it, as its {@link Ipv4AddressSource}, once the stack is built. With
 * {@code dhcp.requested-address} set it starts with INIT-REBOOT for that address; with {@code
 * dhcp.arp-probe} it checks each new address through {@link ArpLayer}'s probes and declines it
 * when another host answers.
 */
@Singleton
public final class DhcpClient implements Dhcp, Ipv4AddressSource {
  private final Udp udp;
  private final Clock clock;
  private final EventLoop loop;
  private final DhcpMachine machine;
  private final byte[] sendBuffer = new byte[Udp.HEADROOM + 576];
  private final List<Listener> listeners = new ArrayList<>();
  private final Runnable poll = this::poll;
  private Ipv4AddressSource.Target target;
  private Timer timer;
  private long malformed;

  private final ArpLayer arp;

  /** A client that discovers at once and uses an acknowledged address without probing. */
  public DhcpClient(Udp udp, Ethernet ethernet, Clock clock, EventLoop loop, Random random) {
    this(udp, ethernet, null, clock, loop, random, "", false);
  }

  /**
   * A client that starts with INIT-REBOOT when {@code requestedAddress} (dotted quad) is not
   * empty, and checks new addresses with ARP probes when {@code arpProbe} is set.
   *
   * @throws IllegalArgumentException if the requested address is not a unicast dotted quad
   */
  @Inject
  public DhcpClient(Udp udp, Ethernet ethernet, ArpLayer arp, Clock clock, EventLoop loop,
      Random random, @Setting("dhcp.requested-address") String requestedAddress,
      @Setting("dhcp.arp-probe") boolean arpProbe) {
    this.udp = udp;
    this.clock = clock;
    this.loop = loop;
    this.arp = arp;
    int reboot = 0;
    if (!requestedAddress.isEmpty()) {
      try {
        reboot = Ipv4Address.parse(requestedAddress).value();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("dhcp.requested-address: " + e.getMessage(), e);
      }
      if (reboot == 0 || reboot == 0xFFFF_FFFF) {
        throw new IllegalArgumentException("dhcp.requested-address: not a host address: "
            + requestedAddress);
      }
    }
    this.machine = new DhcpMachine(ethernet.mac(), random, new Output(), reboot,
        arpProbe && arp != null);
  }

  @Override
  public void start(Ipv4AddressSource.Target target) {
    if (this.target != null) {
      throw new IllegalStateException("the DHCP client is started already");
    }
    this.target = target;
    udp.bind(DhcpMachine.CLIENT_PORT, this::datagram);
    if (arp != null) {
      arp.watchConflicts(0, null);
    }
    machine.start(clock.monotonicNanos());
    schedule();
  }

  @Override
  public Lease lease() {
    return machine.lease();
  }

  @Override
  public void onLease(Listener listener) {
    listeners.add(listener);
    Lease lease = machine.lease();
    if (lease != null) {
      listener.bound(lease);
    }
  }

  public DhcpState state() {
    return machine.state();
  }

  public long messagesMalformed() {
    return malformed;
  }

  private void datagram(int source, int sourcePort, int destinationPort, byte[] buffer,
      int offset, int length) {
    if (sourcePort != DhcpMachine.SERVER_PORT) {
      return;
    }
    DhcpMessage message;
    try {
      message = DhcpMessage.parse(buffer, offset, length);
    } catch (MalformedDhcpException e) {
      malformed++;
      return;
    }
    machine.receive(message, clock.monotonicNanos());
    schedule();
  }

  private void poll() {
    timer = null;
    machine.poll(clock.monotonicNanos());
    schedule();
  }

  private void schedule() {
    long at = machine.pollAt();
    if (timer != null && timer.deadlineNanos() == at) {
      return;
    }
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
    if (at != Long.MAX_VALUE) {
      timer = loop.at(at, poll);
    }
  }

  private void conflict(int address) {
    machine.conflict(address, clock.monotonicNanos());
    if (machine.state() != DhcpState.CHECKING) {
      arp.watchConflicts(0, null);
    }
    schedule();
  }

  private final class Output implements DhcpMachine.Output {
    @Override
    public void probe(int address) {
      arp.watchConflicts(address, DhcpClient.this::conflict);
      arp.probe(address);
    }

    @Override
    public void send(DhcpMessage message, int destination) {
      int length = message.emit(sendBuffer, Udp.HEADROOM);
      udp.send(DhcpMachine.CLIENT_PORT, destination, DhcpMachine.SERVER_PORT, sendBuffer,
          Udp.HEADROOM, length);
    }

    @Override
    public void bound(Lease lease) {
      if (arp != null) {
        arp.watchConflicts(0, null);
      }
      target.configure(lease.address(), lease.gateway());
      for (Listener listener : List.copyOf(listeners)) {
        listener.bound(lease);
      }
    }

    @Override
    public void lost() {
      target.deconfigure();
      for (Listener listener : List.copyOf(listeners)) {
        listener.lost();
      }
    }
  }
}

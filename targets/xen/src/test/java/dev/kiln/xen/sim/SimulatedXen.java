package dev.kiln.xen.sim;

import dev.kiln.xen.grant.GrantTable;
import dev.kiln.xen.memory.Hypervisor;
import dev.kiln.xen.memory.SharedMemory;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * A deterministic Xen for one guest domain and simulated backends in domain 0: pages by frame,
 * a grant table backends map through, event channels, and a clock that only moves when the guest
 * waits with nothing left to run. Backends run when the guest waits or the test calls {@link
 * #runBackends}, never inside the guest's notify, as on a real machine.
 */
public final class SimulatedXen implements Hypervisor {
  public static final int GUEST_DOMAIN = 7;
  public static final int BACKEND_DOMAIN = 0;

  private final Map<Long, SimulatedMemory> frames = new HashMap<>();
  private final SimulatedMemory grantTable;
  private final Map<Integer, Long> params = new HashMap<>();
  private final Map<Integer, Integer> remoteOfPort = new HashMap<>();
  private final Map<Integer, Runnable> backendOfPort = new HashMap<>();
  private final Map<Integer, Long> handleOfPort = new HashMap<>();
  private final Set<Integer> unmasked = new HashSet<>();
  private final Set<Integer> pending = new HashSet<>();
  private final Queue<Runnable> backendWork = new ArrayDeque<>();
  private long readyHandles;
  private long nextFrame = 0x1000;
  private int nextPort = 10;
  private long now = 1_000_000;
  private int pagesLeft = 4096;

  public SimulatedXen(int grantPages) {
    grantTable = new SimulatedMemory(0x800, grantPages);
  }

  // ---- the guest's view ----

  @Override
  public SharedMemory allocatePage() {
    if (pagesLeft-- <= 0) {
      throw new IllegalStateException("out of pages");
    }
    return newPage();
  }

  public SimulatedMemory newPage() {
    SimulatedMemory page = new SimulatedMemory(nextFrame, 1);
    frames.put(nextFrame++, page);
    return page;
  }

  public void limitPages(int pages) {
    pagesLeft = pages;
  }

  @Override
  public SharedMemory sharedFrame(long frame) {
    SimulatedMemory page = frames.get(frame);
    if (page == null) {
      throw new IllegalArgumentException("no page at frame " + frame);
    }
    return page;
  }

  @Override
  public SharedMemory grantTable() {
    return grantTable;
  }

  @Override
  public long hvmParam(int index) {
    Long value = params.get(index);
    if (value == null) {
      throw new IllegalStateException("HVM parameter " + index + " unset");
    }
    return value;
  }

  @Override
  public int allocateUnboundPort(int remoteDomain) {
    int port = nextPort++;
    remoteOfPort.put(port, remoteDomain);
    return port;
  }

  @Override
  public void notify(int port) {
    Runnable backend = backendOfPort.get(port);
    if (backend != null) {
      backendWork.add(backend);
    }
  }

  @Override
  public void bindToHandle(int port, long handle) {
    handleOfPort.put(port, handle);
    unmasked.add(port);
  }

  @Override
  public void unmask(int port) {
    unmasked.add(port);
  }

  @Override
  public boolean awaitEvent(int port, long deadlineNanos) {
    while (true) {
      if (pending.remove(port)) {
        return true;
      }
      if (!runOneBackend()) {
        now = Math.max(now, deadlineNanos);
        return false;
      }
    }
  }

  @Override
  public long nanoTime() {
    return now;
  }

  /** The handles whose ports fired since the last call, as solo5_yield reports them. */
  public long takeReadyHandles() {
    long ready = readyHandles;
    readyHandles = 0;
    return ready;
  }

  // ---- the backends' and the toolstack's view ----

  public void setParam(int index, long value) {
    params.put(index, value);
  }

  /** A backend binds the guest's port: guest notifications on it run {@code onNotify}. */
  public void bindBackend(int port, Runnable onNotify) {
    Integer remote = remoteOfPort.get(port);
    if (remote == null || remote != BACKEND_DOMAIN) {
      throw new IllegalStateException("port " + port + " is not offered to domain 0");
    }
    backendOfPort.put(port, onNotify);
  }

  /** A toolstack-made channel (XenStore, console): bound from the start. */
  public int boundPort(Runnable onNotify) {
    int port = nextPort++;
    remoteOfPort.put(port, BACKEND_DOMAIN);
    backendOfPort.put(port, onNotify);
    return port;
  }

  /** The backend signals the guest. */
  public void signalGuest(int port) {
    pending.add(port);
    Long handle = handleOfPort.get(port);
    if (handle != null && unmasked.contains(port)) {
      readyHandles |= 1L << handle;
    }
  }

  /** Runs backend work until none is left; returns how many steps ran. */
  public int runBackends() {
    int steps = 0;
    while (runOneBackend()) {
      steps++;
    }
    return steps;
  }

  private boolean runOneBackend() {
    Runnable work = backendWork.poll();
    if (work == null) {
      return false;
    }
    work.run();
    return true;
  }

  /** Queues backend work as if its domain were scheduled later. */
  public void later(Runnable work) {
    backendWork.add(work);
  }

  /**
   * What Xen checks when a backend maps or copies a grant: the entry permits {@code domain}, and
   * writing only if not read-only. Sets the reading/writing flag until {@link #unmap}.
   */
  public SimulatedMemory map(int domain, int ref, boolean write) {
    int at = ref * 8;
    if (ref < 0 || at + 8 > grantTable.size()) {
      throw new GrantError("grant reference " + ref + " out of range");
    }
    int flags = grantTable.getShort(at);
    if ((flags & GrantTable.PERMIT_ACCESS) == 0) {
      throw new GrantError("grant " + ref + " not permitted");
    }
    if (grantTable.getShort(at + 2) != domain) {
      throw new GrantError("grant " + ref + " is for another domain");
    }
    if (write && (flags & GrantTable.READ_ONLY) != 0) {
      throw new GrantError("grant " + ref + " is read-only");
    }
    long frame = Integer.toUnsignedLong(grantTable.getInt(at + 4));
    SimulatedMemory page = frames.get(frame);
    if (page == null) {
      throw new GrantError("grant " + ref + " names frame " + frame + ", which is not RAM");
    }
    grantTable.putShort(at, flags | (write ? GrantTable.WRITING : GrantTable.READING));
    return page;
  }

  public void unmap(int ref) {
    int at = ref * 8;
    grantTable.putShort(at, grantTable.getShort(at) & ~(GrantTable.READING | GrantTable.WRITING));
  }

  /** A grant check Xen would refuse. */
  public static final class GrantError extends RuntimeException {
    GrantError(String message) {
      super(message);
    }
  }
}

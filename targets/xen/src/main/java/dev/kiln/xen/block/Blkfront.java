package dev.kiln.xen.block;

import dev.kiln.api.BlockException;
import dev.kiln.xen.bus.Frontend;
import dev.kiln.xen.bus.XenbusState;
import dev.kiln.xen.grant.GrantTable;
import dev.kiln.xen.memory.Hypervisor;
import dev.kiln.xen.memory.SharedMemory;
import dev.kiln.xen.ring.FrontRing;
import java.util.EnumSet;

/**
 * Kiln's Xen block frontend ({@code io/blkif.h}): one ring, one event channel, and
 * {@value #SEGMENTS} data pages granted once and reused; each request moves up to that many
 * pages and is awaited before the next (the block capability is synchronous).
 *
 * <p>Request slot (112 bytes): operation (8 bits), segment count (8), device handle (16), pad,
 * id (64) at 8, first 512-byte sector (64) at 16, then up to 11 segments of {grant reference
 * (32), first sector in the page (8), last sector (8), pad (16)} from 24. Response: id (64),
 * operation (8) at 8, status (16) at 10.
 */
public final class Blkfront {
  static final int SLOT = 112;
  static final int OP_READ = 0;
  static final int OP_WRITE = 1;
  static final int SEGMENTS = 11;
  static final int SECTOR = 512;
  static final int STATUS_OKAY = 0;

  private final Hypervisor hypervisor;
  private final Frontend frontend;
  private final FrontRing ring;
  private final int port;
  private final SharedMemory[] pages = new SharedMemory[SEGMENTS];
  private final int[] refs = new int[SEGMENTS];
  private final long sectors;
  private final int sectorSize;
  private final boolean readOnly;
  private final long timeoutNanos;
  private long nextId = 1;

  /**
   * Connects to the backend of {@code frontend} and reads the disk's geometry.
   *
   * @throws IllegalStateException if the backend does not connect before the deadline or
   *     publishes a geometry Kiln cannot use
   */
  public Blkfront(Hypervisor hypervisor, GrantTable grants, Frontend frontend,
      long deadlineNanos, long timeoutNanos) {
    this.hypervisor = hypervisor;
    this.frontend = frontend;
    this.timeoutNanos = timeoutNanos;
    int backend = frontend.backendDomain();

    frontend.awaitBackend(EnumSet.of(XenbusState.INIT_WAIT, XenbusState.INITIALISED,
        XenbusState.CONNECTED), deadlineNanos);
    SharedMemory ringPage = hypervisor.allocatePage();
    ring = new FrontRing(ringPage, SLOT);
    int ringRef = grants.grant(backend, ringPage.frame(0), false);
    for (int i = 0; i < SEGMENTS; i++) {
      pages[i] = hypervisor.allocatePage();
      refs[i] = grants.grant(backend, pages[i].frame(0), false);
    }
    port = hypervisor.allocateUnboundPort(backend);
    hypervisor.unmask(port);
    var store = frontend.store();
    String node = frontend.node();
    while (true) {
      int t = store.startTransaction();
      store.write(t, node + "/ring-ref", Integer.toString(ringRef));
      store.write(t, node + "/event-channel", Integer.toString(port));
      store.write(t, node + "/protocol", "x86_64-abi");
      store.write(t, node + "/state", Integer.toString(XenbusState.INITIALISED.number()));
      if (store.endTransaction(t, true)) {
        break;
      }
    }
    frontend.awaitBackend(EnumSet.of(XenbusState.CONNECTED), deadlineNanos);
    sectors = parseLong(frontend.backendValue("sectors"), "sectors");
    long size = parseLong(frontend.store().readOr(frontend.backend() + "/sector-size", "512"),
        "sector-size");
    if (size < SECTOR || size > SharedMemory.PAGE_SIZE || Long.bitCount(size) != 1) {
      throw new IllegalStateException("backend sector size " + size + " is not a power of two"
          + " from 512 to 4096");
    }
    sectorSize = (int) size;
    readOnly = frontend.store().readOr(node + "/mode", "w").equals("r")
        || frontend.store().readOr(frontend.backend() + "/mode", "w").equals("r");
    frontend.switchState(XenbusState.CONNECTED);
  }

  /** Bytes per block: the backend's logical sector size. */
  public int blockSize() {
    return sectorSize;
  }

  /** The disk's size in bytes ({@code sectors} counts 512-byte units). */
  public long capacity() {
    return sectors * SECTOR / sectorSize * sectorSize;
  }

  public boolean readOnly() {
    return readOnly;
  }

  /** Reads whole blocks; the caller has checked alignment and range. */
  public void read(long offset, byte[] buffer, int bufferOffset, int length) {
    transfer(OP_READ, offset, buffer, bufferOffset, length);
  }

  /** Writes whole blocks; returns when the backend has them. */
  public void write(long offset, byte[] buffer, int bufferOffset, int length) {
    if (readOnly) {
      throw new BlockException("the Xen disk of " + frontend.node() + " is read-only");
    }
    transfer(OP_WRITE, offset, buffer, bufferOffset, length);
  }

  private void transfer(int operation, long offset, byte[] buffer, int bufferOffset,
      int length) {
    int perRequest = SEGMENTS * SharedMemory.PAGE_SIZE;
    for (int done = 0; done < length; done += perRequest) {
      int bytes = Math.min(perRequest, length - done);
      one(operation, offset + done, buffer, bufferOffset + done, bytes);
    }
  }

  /** One request of up to {@link #SEGMENTS} pages, awaited. */
  private void one(int operation, long offset, byte[] buffer, int bufferOffset, int bytes) {
    int segments = (bytes + SharedMemory.PAGE_SIZE - 1) / SharedMemory.PAGE_SIZE;
    if (operation == OP_WRITE) {
      for (int s = 0; s < segments; s++) {
        int chunk = Math.min(SharedMemory.PAGE_SIZE, bytes - s * SharedMemory.PAGE_SIZE);
        pages[s].copyIn(0, buffer, bufferOffset + s * SharedMemory.PAGE_SIZE, chunk);
      }
    }
    long id = nextId++;
    SharedMemory page = ring.page();
    int slot = ring.nextRequest();
    page.putByte(slot, operation);
    page.putByte(slot + 1, segments);
    page.putShort(slot + 2, 0);
    page.putLong(slot + 8, id);
    page.putLong(slot + 16, offset / SECTOR);
    for (int s = 0; s < segments; s++) {
      int chunk = Math.min(SharedMemory.PAGE_SIZE, bytes - s * SharedMemory.PAGE_SIZE);
      int at = slot + 24 + s * 8;
      page.putInt(at, refs[s]);
      page.putByte(at + 4, 0);
      page.putByte(at + 5, chunk / SECTOR - 1);
      page.putShort(at + 6, 0);
    }
    if (ring.push()) {
      hypervisor.notify(port);
    }
    int status = awaitResponse(id, offset);
    if (status != STATUS_OKAY) {
      throw new BlockException((operation == OP_READ ? "read" : "write") + " of " + bytes
          + " bytes at " + offset + " on Xen disk " + frontend.node() + " failed: status "
          + status);
    }
    if (operation == OP_READ) {
      for (int s = 0; s < segments; s++) {
        int chunk = Math.min(SharedMemory.PAGE_SIZE, bytes - s * SharedMemory.PAGE_SIZE);
        pages[s].copyOut(0, buffer, bufferOffset + s * SharedMemory.PAGE_SIZE, chunk);
      }
    }
  }

  private int awaitResponse(long id, long offset) {
    long deadline = hypervisor.nanoTime() + timeoutNanos;
    while (!ring.armAndCheck()) {
      if (!hypervisor.awaitEvent(port, deadline) && hypervisor.nanoTime() >= deadline) {
        throw new BlockException("Xen disk " + frontend.node() + " did not answer the request at "
            + offset + " in time");
      }
    }
    SharedMemory page = ring.page();
    int slot = ring.takeResponse();
    long answered = page.getLong(slot);
    if (answered != id) {
      throw new BlockException("Xen disk " + frontend.node() + " answered request " + answered
          + " while " + id + " was outstanding");
    }
    return (short) page.getShort(slot + 10);
  }

  private static long parseLong(String text, String key) {
    try {
      long value = Long.parseLong(text.trim());
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalStateException("backend key " + key + " is '" + text
          + "', not a count");
    }
  }
}

package dev.kiln.xen.sim;

/**
 * A blkback in domain 0 for one vbd, backed by a byte array: the toolstack's XenStore nodes, the
 * handshake (InitWait, then Connected once the frontend is Initialised), and read and write
 * requests checked against the disk's size and the grants.
 */
public final class SimulatedBlkback {
  public final String frontend;
  public final String backend;
  public final byte[] disk;
  private final SimulatedXen xen;
  private final SimulatedXenStored store;
  private BackRing ring;
  private int port = -1;
  public int requests;
  public int maxSegmentsSeen;

  public SimulatedBlkback(SimulatedXen xen, SimulatedXenStored store, int devid, byte[] disk,
      int sectorSize) {
    this.xen = xen;
    this.store = store;
    this.disk = disk;
    this.frontend = SimulatedXenStored.HOME + "/device/vbd/" + devid;
    this.backend = "/local/domain/0/backend/vbd/" + SimulatedXen.GUEST_DOMAIN + "/" + devid;
    store.put(backend + "/frontend", frontend);
    store.put(backend + "/state", "2");
    store.put(frontend + "/backend", backend);
    store.put(frontend + "/backend-id", "0");
    store.put(frontend + "/state", "1");
    store.onChange(path -> {
      if (path.equals(frontend + "/state") && "3".equals(store.get(path)) && port < 0) {
        connect(sectorSize);
      }
    });
  }

  private void connect(int sectorSize) {
    if (!"x86_64-abi".equals(store.get(frontend + "/protocol"))) {
      throw new AssertionError("frontend named no or the wrong ring protocol");
    }
    int ref = Integer.parseInt(store.get(frontend + "/ring-ref"));
    ring = new BackRing(xen.map(0, ref, true), 112);
    port = Integer.parseInt(store.get(frontend + "/event-channel"));
    xen.bindBackend(port, this::process);
    store.put(backend + "/sectors", Long.toString(disk.length / 512));
    store.put(backend + "/sector-size", Integer.toString(sectorSize));
    store.put(backend + "/info", "0");
    store.put(backend + "/state", "4");
  }

  private void process() {
    var slots = ring.page();
    do {
      while (ring.hasRequest()) {
        int request = ring.takeRequest();
        requests++;
        int operation = slots.getByte(request);
        int segments = slots.getByte(request + 1);
        long id = slots.getLong(request + 8);
        long sector = slots.getLong(request + 16);
        maxSegmentsSeen = Math.max(maxSegmentsSeen, segments);
        int status = 0;
        long position = sector * 512;
        if (segments < 1 || segments > 11 || (operation != 0 && operation != 1)) {
          status = -1;
        } else {
          for (int s = 0; s < segments && status == 0; s++) {
            int at = request + 24 + s * 8;
            int ref = slots.getInt(at);
            int first = slots.getByte(at + 4);
            int last = slots.getByte(at + 5);
            int bytes = (last - first + 1) * 512;
            if (first > last || last > 7 || position < 0 || position + bytes > disk.length) {
              status = -1;
              break;
            }
            SimulatedMemory page = xen.map(0, ref, operation == 0);
            if (operation == 0) {
              page.copyIn(first * 512, disk, (int) position, bytes);
            } else {
              page.copyOut(first * 512, disk, (int) position, bytes);
            }
            xen.unmap(ref);
            position += bytes;
          }
        }
        int response = ring.nextResponse();
        slots.putLong(response, id);
        slots.putByte(response + 8, operation);
        slots.putShort(response + 10, status);
        if (ring.pushResponses()) {
          xen.signalGuest(port);
        }
      }
    } while (ring.armAndCheck());
  }
}

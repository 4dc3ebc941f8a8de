package dev.kiln.xen.store;

import dev.kiln.xen.memory.Hypervisor;
import dev.kiln.xen.memory.SharedMemory;

/**
 * The guest's side of the XenStore page ({@code xenstore_domain_interface}): a 1024-byte request
 * ring the guest produces into, a 1024-byte response ring it consumes, and their indices at
 * 2048 (request consumer, producer) and 2056 (response consumer, producer). Byte streams; a
 * message may wrap and may be written or read in several pieces.
 */
final class XenStoreRing {
  static final int RING_SIZE = 1024;
  static final int REQUESTS = 0;
  static final int RESPONSES = 1024;
  static final int REQ_CONS = 2048;
  static final int REQ_PROD = 2052;
  static final int RSP_CONS = 2056;
  static final int RSP_PROD = 2060;

  private final SharedMemory page;
  private final int port;
  private final Hypervisor hypervisor;

  XenStoreRing(SharedMemory page, int port, Hypervisor hypervisor) {
    this.page = page;
    this.port = port;
    this.hypervisor = hypervisor;
  }

  /** Writes all bytes, waiting for room as long as the deadline allows. */
  void write(byte[] data, long deadline) {
    int done = 0;
    while (done < data.length) {
      int consumer = page.getInt(REQ_CONS);
      int producer = page.getInt(REQ_PROD);
      page.fence();
      int used = producer - consumer;
      if (used < 0 || used > RING_SIZE) {
        throw new XenStoreException("EPROTO", "request ring indices out of range");
      }
      int start = producer & (RING_SIZE - 1);
      int chunk = Math.min(Math.min(RING_SIZE - used, RING_SIZE - start), data.length - done);
      if (chunk == 0) {
        hypervisor.notify(port);
        await(deadline);
        continue;
      }
      page.copyIn(REQUESTS + start, data, done, chunk);
      page.fence(); // the bytes before the index
      page.putInt(REQ_PROD, producer + chunk);
      done += chunk;
    }
    hypervisor.notify(port);
  }

  /** Reads exactly {@code length} bytes, waiting for them as long as the deadline allows. */
  byte[] read(int length, long deadline) {
    byte[] out = new byte[length];
    int done = 0;
    while (done < length) {
      int consumer = page.getInt(RSP_CONS);
      int producer = page.getInt(RSP_PROD);
      page.fence();
      int available = producer - consumer;
      if (available < 0 || available > RING_SIZE) {
        throw new XenStoreException("EPROTO", "response ring indices out of range");
      }
      int start = consumer & (RING_SIZE - 1);
      int chunk = Math.min(Math.min(available, RING_SIZE - start), length - done);
      if (chunk == 0) {
        await(deadline);
        continue;
      }
      page.copyOut(RESPONSES + start, out, done, chunk);
      page.fence(); // the bytes before giving their room back
      page.putInt(RSP_CONS, consumer + chunk);
      hypervisor.notify(port);
      done += chunk;
    }
    return out;
  }

  /** Whether response bytes are waiting. */
  boolean hasResponseBytes() {
    int consumer = page.getInt(RSP_CONS);
    int producer = page.getInt(RSP_PROD);
    page.fence();
    return producer != consumer;
  }

  void await(long deadline) {
    if (!hypervisor.awaitEvent(port, deadline) && hypervisor.nanoTime() >= deadline) {
      throw new XenStoreException("ETIMEDOUT", "XenStore did not answer in time");
    }
  }
}

package dev.kiln.xen.ring;

import dev.kiln.xen.memory.SharedMemory;

/**
 * The frontend's side of a shared ring: it produces requests and consumes responses. Indices run
 * freely and wrap at 2^32; a slot is the index modulo the ring size.
 */
public final class FrontRing {
  private final SharedMemory page;
  private final int slotSize;
  private final int slots;
  private int requestProducer;
  private int responseConsumer;

  /** Initialises the ring in {@code page} (indices at 0, events at 1), as a new frontend does. */
  public FrontRing(SharedMemory page, int slotSize) {
    this(page, slotSize, 0);
  }

  /** A ring whose indices start at {@code start}: tests use it to cross the 2^32 wrap. */
  FrontRing(SharedMemory page, int slotSize, int start) {
    this.page = page;
    this.slotSize = slotSize;
    this.slots = SharedRing.slots(slotSize);
    this.requestProducer = start;
    this.responseConsumer = start;
    page.putInt(SharedRing.REQ_PROD, start);
    page.putInt(SharedRing.RSP_PROD, start);
    page.putInt(SharedRing.REQ_EVENT, start + 1);
    page.putInt(SharedRing.RSP_EVENT, start + 1);
    page.fence();
  }

  public int slots() {
    return slots;
  }

  /** Requests that can be queued now: slots not holding an unanswered request. */
  public int freeSlots() {
    return slots - (requestProducer - responseConsumer);
  }

  /**
   * Claims the next request slot and returns its offset in the page; the request becomes
   * visible to the backend at the next {@link #push}.
   *
   * @throws IllegalStateException if the ring is full
   */
  public int nextRequest() {
    if (freeSlots() <= 0) {
      throw new IllegalStateException("ring full: " + slots + " requests outstanding");
    }
    return offset(requestProducer++);
  }

  /** Publishes the claimed requests; returns true if the backend asked to be notified. */
  public boolean push() {
    int old = page.getInt(SharedRing.REQ_PROD);
    page.fence(); // the requests before the index
    page.putInt(SharedRing.REQ_PROD, requestProducer);
    page.fence(); // the index before reading the backend's event
    return SharedRing.needsNotify(old, requestProducer, page.getInt(SharedRing.REQ_EVENT));
  }

  /** Whether a response waits to be taken. */
  public boolean hasResponse() {
    int producer = page.getInt(SharedRing.RSP_PROD);
    page.fence(); // the index before the responses
    return producer != responseConsumer;
  }

  /**
   * The offset of the next response, which the caller reads before calling again.
   *
   * @throws IllegalStateException if none waits
   */
  public int takeResponse() {
    if (!hasResponse()) {
      throw new IllegalStateException("no response waiting");
    }
    return offset(responseConsumer++);
  }

  /**
   * Asks the backend to notify at the next response, then checks again: a response that came in
   * between would otherwise go unnoticed. Returns true if one waits.
   */
  public boolean armAndCheck() {
    page.putInt(SharedRing.RSP_EVENT, responseConsumer + 1);
    page.fence();
    return hasResponse();
  }

  /** The memory holding the slots. */
  public SharedMemory page() {
    return page;
  }

  private int offset(int index) {
    return SharedRing.HEADER_SIZE + (index & (slots - 1)) * slotSize;
  }
}

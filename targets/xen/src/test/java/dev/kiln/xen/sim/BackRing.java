package dev.kiln.xen.sim;

import dev.kiln.xen.memory.SharedMemory;
import dev.kiln.xen.ring.SharedRing;

/** A backend's side of a shared ring, for the simulated backends: consumes requests, produces responses. */
public final class BackRing {
  private final SharedMemory page;
  private final int slotSize;
  private final int slots;
  private int requestConsumer;
  private int responseProducer;

  public BackRing(SharedMemory page, int slotSize) {
    this.page = page;
    this.slotSize = slotSize;
    this.slots = SharedRing.slots(slotSize);
    this.requestConsumer = page.getInt(8); // starts where the responses are
    this.responseProducer = requestConsumer;
  }

  public SharedMemory page() {
    return page;
  }

  public boolean hasRequest() {
    return page.getInt(0) != requestConsumer;
  }

  public int takeRequest() {
    return offset(requestConsumer++);
  }

  public int nextResponse() {
    return offset(responseProducer++);
  }

  /** Publishes responses; true if the frontend asked to be notified. */
  public boolean pushResponses() {
    int old = page.getInt(8);
    page.putInt(8, responseProducer);
    int event = page.getInt(12);
    return Integer.compareUnsigned(responseProducer - event, responseProducer - old) < 0;
  }

  /** Asks for a notification at the next request, then checks again. */
  public boolean armAndCheck() {
    page.putInt(4, requestConsumer + 1);
    return hasRequest();
  }

  private int offset(int index) {
    return SharedRing.HEADER_SIZE + (index & (slots - 1)) * slotSize;
  }
}

package dev.kiln.xen.memory;

/**
 * What the drivers need from Xen besides shared memory: pages, the grant table, HVM parameters
 * and event channels. In an image it is {@link NativeHypervisor}; tests simulate it.
 */
public interface Hypervisor {
  /** A zeroed page to share with a backend. @throws IllegalStateException when none is left */
  SharedMemory allocatePage();

  /** The grant table's v1 entries, mapped. @throws IllegalStateException if Xen refused */
  SharedMemory grantTable();

  /** A page Xen set up for this domain (the XenStore ring), by guest frame number. */
  SharedMemory sharedFrame(long frame);

  /** HVM parameter {@code index} of this domain (e.g. the XenStore page and port). */
  long hvmParam(int index);

  /** A fresh event channel port that {@code remoteDomain} may bind. */
  int allocateUnboundPort(int remoteDomain);

  /** Signals the port's other end. */
  void notify(int port);

  /**
   * Has the event loop's idle wait report {@code handle} ready whenever the port fires (and
   * unmasks the port).
   */
  void bindToHandle(int port, long handle);

  /** Unmasks a port that {@link #awaitEvent} will wait on. */
  void unmask(int port);

  /**
   * Blocks until the port fires (true) or the monotonic clock reaches the deadline (false). A
   * firing is reported once.
   */
  boolean awaitEvent(int port, long deadlineNanos);

  /** The monotonic clock, in nanoseconds. */
  long nanoTime();
}

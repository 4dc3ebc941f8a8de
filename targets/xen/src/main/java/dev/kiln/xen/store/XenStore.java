package dev.kiln.xen.store;

import dev.kiln.xen.memory.Hypervisor;
import dev.kiln.xen.memory.SharedMemory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A XenStore client over the domain's XenStore ring: one request at a time, each answered before
 * the next is sent. Paths without a leading slash are relative to this domain's home
 * ({@code /local/domain/<id>}). Watch events that arrive while a reply is awaited are kept for
 * {@link #awaitWatch}.
 */
public final class XenStore {
  /** Transaction id 0: outside any transaction. */
  public static final int NO_TRANSACTION = 0;

  private final XenStoreRing ring;
  private final Hypervisor hypervisor;
  private final long timeoutNanos;
  private final Deque<WatchEvent> watchEvents = new ArrayDeque<>();
  private int nextRequestId = 1;

  /**
   * @param page the XenStore ring page
   * @param port its event channel
   * @param timeoutNanos how long to wait for any one reply
   */
  public XenStore(SharedMemory page, int port, Hypervisor hypervisor, long timeoutNanos) {
    this.ring = new XenStoreRing(page, port, hypervisor);
    this.hypervisor = hypervisor;
    this.timeoutNanos = timeoutNanos;
    hypervisor.unmask(port);
  }

  public String read(String path) {
    return read(NO_TRANSACTION, path);
  }

  public String read(int transaction, String path) {
    return request(XenStoreMessage.READ, transaction, XenStoreMessage.strings(path), path).text();
  }

  /** The value, or {@code absent} if the node does not exist. */
  public String readOr(String path, String absent) {
    try {
      return read(path);
    } catch (XenStoreException e) {
      if (e.errno().equals("ENOENT")) {
        return absent;
      }
      throw e;
    }
  }

  public void write(String path, String value) {
    write(NO_TRANSACTION, path, value);
  }

  public void write(int transaction, String path, String value) {
    byte[] name = XenStoreMessage.strings(path);
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    byte[] payload = new byte[name.length + bytes.length];
    System.arraycopy(name, 0, payload, 0, name.length);
    System.arraycopy(bytes, 0, payload, name.length, bytes.length);
    request(XenStoreMessage.WRITE, transaction, payload, path);
  }

  /** The names of the node's children. */
  public List<String> directory(String path) {
    return request(XenStoreMessage.DIRECTORY, NO_TRANSACTION, XenStoreMessage.strings(path), path)
        .splitStrings();
  }

  public void remove(String path) {
    request(XenStoreMessage.RM, NO_TRANSACTION, XenStoreMessage.strings(path), path);
  }

  /** Watches the path and everything below it; XenStore fires the watch once at once. */
  public void watch(String path, String token) {
    request(XenStoreMessage.WATCH, NO_TRANSACTION, XenStoreMessage.strings(path, token), path);
  }

  public void unwatch(String path, String token) {
    request(XenStoreMessage.UNWATCH, NO_TRANSACTION, XenStoreMessage.strings(path, token), path);
  }

  /** Starts a transaction and returns its id. */
  public int startTransaction() {
    String id = request(XenStoreMessage.TRANSACTION_START, NO_TRANSACTION,
        XenStoreMessage.strings(""), "transaction").text();
    try {
      long value = Long.parseLong(id);
      if (value > 0 && value <= 0xffffffffL) {
        return (int) value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new XenStoreException("EPROTO", "transaction id '" + id + "' is not a number");
  }

  /**
   * Commits (or aborts) the transaction. Returns false if XenStore answered {@code EAGAIN}: the
   * transaction conflicted with another change and must be run again.
   */
  public boolean endTransaction(int transaction, boolean commit) {
    try {
      request(XenStoreMessage.TRANSACTION_END, transaction,
          XenStoreMessage.strings(commit ? "T" : "F"), "transaction " + transaction);
      return true;
    } catch (XenStoreException e) {
      if (e.errno().equals("EAGAIN")) {
        return false;
      }
      throw e;
    }
  }

  /** The next watch event, waiting until the deadline; null if none came. */
  public WatchEvent awaitWatch(long deadlineNanos) {
    while (watchEvents.isEmpty()) {
      if (ring.hasResponseBytes()) {
        XenStoreMessage message = receive(hypervisor.nanoTime() + timeoutNanos);
        if (message.type() != XenStoreMessage.WATCH_EVENT) {
          throw new XenStoreException("EPROTO", "unexpected reply of type " + message.type());
        }
        queueWatch(message);
        continue;
      }
      if (hypervisor.nanoTime() >= deadlineNanos) {
        return null;
      }
      try {
        ring.await(deadlineNanos);
      } catch (XenStoreException e) {
        return null;
      }
    }
    return watchEvents.poll();
  }

  private XenStoreMessage request(int type, int transaction, byte[] payload, String about) {
    if (payload.length > XenStoreMessage.MAX_PAYLOAD) {
      throw new IllegalArgumentException("XenStore request about " + about + " is "
          + payload.length + " bytes; at most " + XenStoreMessage.MAX_PAYLOAD + " fit");
    }
    int id = nextRequestId++;
    long deadline = hypervisor.nanoTime() + timeoutNanos;
    ring.write(new XenStoreMessage(type, id, transaction, payload).encode(), deadline);
    while (true) {
      XenStoreMessage reply = receive(deadline);
      if (reply.type() == XenStoreMessage.WATCH_EVENT) {
        queueWatch(reply);
        continue;
      }
      if (reply.requestId() != id) {
        throw new XenStoreException("EPROTO", "reply to request " + reply.requestId()
            + " while waiting for " + id);
      }
      if (reply.type() == XenStoreMessage.ERROR) {
        throw new XenStoreException(reply.text(), "XenStore refused a request about " + about);
      }
      if (reply.type() != type) {
        throw new XenStoreException("EPROTO", "reply of type " + reply.type() + " to a request"
            + " of type " + type);
      }
      return reply;
    }
  }

  private XenStoreMessage receive(long deadline) {
    byte[] header = ring.read(XenStoreMessage.HEADER_SIZE, deadline);
    byte[] payload = ring.read(XenStoreMessage.payloadLength(header), deadline);
    return XenStoreMessage.decode(header, payload);
  }

  private void queueWatch(XenStoreMessage message) {
    List<String> parts = message.splitStrings();
    if (parts.size() < 2) {
      throw new XenStoreException("EPROTO", "watch event without path and token");
    }
    watchEvents.add(new WatchEvent(parts.get(0), parts.get(1)));
  }
}

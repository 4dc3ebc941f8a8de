package dev.kiln.xen.bus;

import dev.kiln.xen.store.WatchEvent;
import dev.kiln.xen.store.XenStore;
import dev.kiln.xen.store.XenStoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A frontend's place in XenStore: its own node ({@code device/vif/0}), the backend's node and
 * domain, and the state handshake between the two.
 */
public final class Frontend {
  private final XenStore store;
  private final String node;
  private final String backend;
  private final int backendDomain;

  /** The frontend at {@code node}; reads where its backend is. */
  public Frontend(XenStore store, String node) {
    this.store = store;
    this.node = node;
    this.backend = store.read(node + "/backend");
    String domain = store.read(node + "/backend-id");
    try {
      this.backendDomain = Integer.parseInt(domain.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(node + "/backend-id is '" + domain + "', not a domain id");
    }
  }

  /**
   * The node of the {@code ordinal}-th device of a kind ({@code vif}, {@code vbd}) in the order
   * of their device ids, as the toolstack numbers them from the configuration.
   *
   * @throws IllegalStateException if there are not that many
   */
  public static String nodeOf(XenStore store, String kind, int ordinal) {
    List<String> ids = new ArrayList<>();
    try {
      ids.addAll(store.directory("device/" + kind));
    } catch (XenStoreException e) {
      if (!e.errno().equals("ENOENT")) {
        throw e;
      }
    }
    ids.removeIf(id -> !isDeviceId(id));
    ids.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
    if (ordinal >= ids.size()) {
      throw new IllegalStateException("the image needs " + (ordinal + 1) + " " + kind
          + " device(s) but the domain has " + ids.size() + " (check the xl configuration)");
    }
    return "device/" + kind + "/" + ids.get(ordinal);
  }

  private static boolean isDeviceId(String id) {
    if (id.isEmpty() || id.length() > 9) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  public String node() {
    return node;
  }

  public String backend() {
    return backend;
  }

  public int backendDomain() {
    return backendDomain;
  }

  public XenStore store() {
    return store;
  }

  public void switchState(XenbusState state) {
    store.write(node + "/state", Integer.toString(state.number()));
  }

  public XenbusState backendState() {
    return XenbusState.parse(store.readOr(backend + "/state", "0"));
  }

  /** A key the backend published. */
  public String backendValue(String key) {
    return store.read(backend + "/" + key);
  }

  /**
   * Waits until the backend reaches one of the wanted states and returns it.
   *
   * @throws IllegalStateException if the backend closes or the deadline passes first
   */
  public XenbusState awaitBackend(Set<XenbusState> wanted, long deadlineNanos) {
    String path = backend + "/state";
    String token = "kiln:" + node;
    store.watch(path, token);
    try {
      while (true) {
        XenbusState state = backendState();
        if (wanted.contains(state)) {
          return state;
        }
        if (state == XenbusState.CLOSING || state == XenbusState.CLOSED) {
          throw new IllegalStateException("the backend of " + node + " is " + state);
        }
        WatchEvent event = store.awaitWatch(deadlineNanos);
        if (event == null) {
          throw new IllegalStateException("the backend of " + node + " stayed " + state
              + ", waiting for " + wanted);
        }
      }
    } finally {
      store.unwatch(path, token);
    }
  }
}

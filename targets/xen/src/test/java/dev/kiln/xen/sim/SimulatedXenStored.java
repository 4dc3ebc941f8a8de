package dev.kiln.xen.sim;

import dev.kiln.xen.memory.HvmParam;
import dev.kiln.xen.store.XenStoreMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A small xenstored for one guest: a tree of nodes, watches, transactions that fail with EAGAIN
 * when the tree changed under them, and the daemon's side of the guest's XenStore ring. Simulated
 * backends register listeners that run after each change, as a backend's own watch would.
 */
public final class SimulatedXenStored {
  public static final String HOME = "/local/domain/" + SimulatedXen.GUEST_DOMAIN;

  private final SimulatedXen xen;
  private final SimulatedMemory page;
  private final int port;
  private final TreeMap<String, String> tree = new TreeMap<>();
  private final List<String[]> watches = new ArrayList<>(); // {path, token}
  private final Map<Integer, TreeMap<String, String>> transactions = new HashMap<>();
  private final Map<Integer, Long> transactionStart = new HashMap<>();
  private final List<Consumer<String>> listeners = new ArrayList<>();
  private final ByteArrayOutputStream input = new ByteArrayOutputStream();
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private int outputSent;
  private long generation;
  private int nextTransaction = 1;
  private int commitsToRefuse;
  /** Every request seen, for tests: type and first payload string. */
  public final List<String> log = new ArrayList<>();

  public SimulatedXenStored(SimulatedXen xen) {
    this.xen = xen;
    this.page = xen.newPage();
    this.port = xen.boundPort(this::serve);
    xen.setParam(HvmParam.STORE_PFN, page.frame(0));
    xen.setParam(HvmParam.STORE_EVTCHN, port);
    tree.put(HOME, "");
    tree.put(HOME + "/domid", Integer.toString(SimulatedXen.GUEST_DOMAIN));
  }

  public int port() {
    return port;
  }

  public SimulatedMemory page() {
    return page;
  }

  /** Toolstack or backend write, outside the guest's ring. */
  public void put(String path, String value) {
    commit(Map.of(absolute(path), value));
  }

  public String get(String path) {
    return tree.get(absolute(path));
  }

  public void onChange(Consumer<String> listener) {
    listeners.add(listener);
  }

  /** The next {@code n} transaction commits answer EAGAIN. */
  public void refuseCommits(int n) {
    commitsToRefuse = n;
  }

  // ---- the ring ----

  private void serve() {
    // requests in; like xenstored, tell the guest when room was made
    boolean consumed = false;
    while (true) {
      int consumer = page.getInt(2048);
      int producer = page.getInt(2052);
      if (consumer == producer) {
        break;
      }
      int start = consumer & 1023;
      int chunk = Math.min(producer - consumer, 1024 - start);
      byte[] bytes = new byte[chunk];
      page.copyOut(start, bytes, 0, chunk);
      input.write(bytes, 0, chunk);
      page.putInt(2048, consumer + chunk);
      consumed = true;
    }
    if (consumed) {
      xen.signalGuest(port);
    }
    byte[] pendingInput = input.toByteArray();
    int at = 0;
    while (pendingInput.length - at >= 16) {
      int length = le(pendingInput, at + 12);
      if (pendingInput.length - at - 16 < length) {
        break;
      }
      byte[] header = java.util.Arrays.copyOfRange(pendingInput, at, at + 16);
      byte[] payload = java.util.Arrays.copyOfRange(pendingInput, at + 16, at + 16 + length);
      handle(XenStoreMessage.decode(header, payload));
      at += 16 + length;
    }
    input.reset();
    input.write(pendingInput, at, pendingInput.length - at);
    flush();
  }

  /** Moves queued replies into the response ring as room allows. */
  private void flush() {
    byte[] out = output.toByteArray();
    boolean wrote = false;
    while (outputSent < out.length) {
      int consumer = page.getInt(2056);
      int producer = page.getInt(2060);
      int room = 1024 - (producer - consumer);
      if (room == 0) {
        break;
      }
      int start = producer & 1023;
      int chunk = Math.min(Math.min(room, 1024 - start), out.length - outputSent);
      page.copyIn(1024 + start, out, outputSent, chunk);
      page.putInt(2060, producer + chunk);
      outputSent += chunk;
      wrote = true;
    }
    if (outputSent == out.length) {
      output.reset();
      outputSent = 0;
    }
    if (wrote) {
      xen.signalGuest(port);
    }
  }

  private void reply(XenStoreMessage request, int type, byte[] payload) {
    byte[] bytes = new XenStoreMessage(type, request.requestId(), request.transactionId(), payload)
        .encode();
    output.write(bytes, 0, bytes.length);
  }

  private void error(XenStoreMessage request, String errno) {
    reply(request, XenStoreMessage.ERROR, XenStoreMessage.strings(errno));
  }

  private void handle(XenStoreMessage m) {
    List<String> args = m.splitStrings();
    log.add(m.type() + " " + (args.isEmpty() ? "" : args.get(0)));
    TreeMap<String, String> view = tree;
    if (m.transactionId() != 0) {
      view = transactions.get(m.transactionId());
      if (view == null) {
        error(m, "ESRCH");
        return;
      }
    }
    switch (m.type()) {
      case XenStoreMessage.READ -> {
        String value = view.get(absolute(args.get(0)));
        if (value == null) {
          error(m, "ENOENT");
        } else {
          reply(m, m.type(), value.getBytes(StandardCharsets.UTF_8));
        }
      }
      case XenStoreMessage.WRITE -> {
        int nul = indexOfNul(m.payload());
        String path = absolute(new String(m.payload(), 0, nul, StandardCharsets.UTF_8));
        String value = new String(m.payload(), nul + 1, m.payload().length - nul - 1,
            StandardCharsets.UTF_8);
        if (m.transactionId() != 0) {
          view.put(path, value);
        } else {
          commit(Map.of(path, value));
        }
        reply(m, m.type(), XenStoreMessage.strings("OK"));
      }
      case XenStoreMessage.DIRECTORY -> {
        String path = absolute(args.get(0));
        if (!view.containsKey(path) && children(view, path).isEmpty()) {
          error(m, "ENOENT");
        } else {
          reply(m, m.type(), XenStoreMessage.strings(children(view, path).toArray(new String[0])));
        }
      }
      case XenStoreMessage.RM -> {
        String path = absolute(args.get(0));
        view.keySet().removeIf(k -> k.equals(path) || k.startsWith(path + "/"));
        generation++;
        fire(path);
        reply(m, m.type(), XenStoreMessage.strings("OK"));
      }
      case XenStoreMessage.WATCH -> {
        watches.add(new String[] {absolute(args.get(0)), args.get(1)});
        reply(m, m.type(), XenStoreMessage.strings("OK"));
        event(args.get(0), args.get(1));
      }
      case XenStoreMessage.UNWATCH -> {
        watches.removeIf(w -> w[0].equals(absolute(args.get(0))) && w[1].equals(args.get(1)));
        reply(m, m.type(), XenStoreMessage.strings("OK"));
      }
      case XenStoreMessage.TRANSACTION_START -> {
        int id = nextTransaction++;
        transactions.put(id, new TreeMap<>(tree));
        transactionStart.put(id, generation);
        reply(m, m.type(), XenStoreMessage.strings(Integer.toString(id)));
      }
      case XenStoreMessage.TRANSACTION_END -> {
        TreeMap<String, String> copy = transactions.remove(m.transactionId());
        long started = transactionStart.remove(m.transactionId());
        if (args.get(0).equals("T")) {
          if (commitsToRefuse > 0 || started != generation) {
            commitsToRefuse = Math.max(0, commitsToRefuse - 1);
            error(m, "EAGAIN");
            return;
          }
          Map<String, String> changes = new TreeMap<>();
          copy.forEach((k, v) -> {
            if (!v.equals(tree.get(k))) {
              changes.put(k, v);
            }
          });
          reply(m, m.type(), XenStoreMessage.strings("OK"));
          commit(changes);
        } else {
          reply(m, m.type(), XenStoreMessage.strings("OK"));
        }
      }
      default -> error(m, "EINVAL");
    }
  }

  private void commit(Map<String, String> changes) {
    for (var change : changes.entrySet()) {
      String path = change.getKey();
      for (String parent = parent(path); parent != null; parent = parent(parent)) {
        tree.putIfAbsent(parent, "");
      }
      tree.put(path, change.getValue());
      generation++;
      fire(path);
    }
    for (String path : changes.keySet()) {
      for (Consumer<String> listener : new ArrayList<>(listeners)) {
        listener.accept(path);
      }
    }
    flush();
  }

  private void fire(String path) {
    for (String[] watch : watches) {
      if (path.equals(watch[0]) || path.startsWith(watch[0] + "/")) {
        event(path, watch[1]);
      }
    }
  }

  private void event(String path, String token) {
    byte[] bytes = new XenStoreMessage(XenStoreMessage.WATCH_EVENT, 0, 0,
        XenStoreMessage.strings(path, token)).encode();
    output.write(bytes, 0, bytes.length);
  }

  private static List<String> children(TreeMap<String, String> view, String path) {
    List<String> names = new ArrayList<>();
    String prefix = path + "/";
    for (String key : view.tailMap(prefix).keySet()) {
      if (!key.startsWith(prefix)) {
        break;
      }
      String rest = key.substring(prefix.length());
      if (!rest.contains("/")) {
        names.add(rest);
      }
    }
    return names;
  }

  static String absolute(String path) {
    return path.startsWith("/") ? path : HOME + "/" + path;
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? null : path.substring(0, slash);
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("no NUL in write payload");
  }

  private static int le(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16
        | (b[at + 3] & 0xff) << 24;
  }
}

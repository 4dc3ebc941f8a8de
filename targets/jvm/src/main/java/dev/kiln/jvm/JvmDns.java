package dev.kiln.jvm;

import dev.kiln.api.EventLoop;
import dev.kiln.api.net.Dns;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * {@link Dns} through the host's resolver ({@link InetAddress#getAllByName}, so the host's files,
 * caches and servers apply, {@code localhost} included). The lookup blocks, so it runs on a {@link
 * HostWork} worker and the callback runs on the event loop. The host does not say why a name did
 * not resolve: every {@link UnknownHostException} is reported as {@link Failure#NAME_ERROR}, a
 * name with only IPv6 addresses as {@link Failure#NO_ADDRESS}.
 */
@Singleton
final class JvmDns implements Dns {
  private static final int MAX_NAME = 253;
  private static final int MAX_LABEL = 63;

  private final EventLoop loop;
  private final HostWork work;

  @Inject
  JvmDns(EventLoop loop, HostWork work) {
    this.loop = loop;
    this.work = work;
  }

  @Override
  public void resolve(String name, Callback callback) {
    if (callback == null) {
      throw new NullPointerException("callback");
    }
    if (!isValid(name)) {
      loop.soon(() -> callback.failed(name, Failure.BAD_NAME));
      return;
    }
    // The host's resolver reads a final dot as part of the name; DNS means the root by it.
    String absolute = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    work.submit(() -> {
      int[] addresses;
      try {
        addresses = ipv4(InetAddress.getAllByName(absolute));
      } catch (UnknownHostException e) {
        return () -> callback.failed(name, Failure.NAME_ERROR);
      } catch (SecurityException e) {
        return () -> callback.failed(name, Failure.SERVER_FAILURE);
      }
      if (addresses.length == 0) {
        return () -> callback.failed(name, Failure.NO_ADDRESS);
      }
      return () -> callback.resolved(name, addresses);
    });
  }

  private static int[] ipv4(InetAddress[] all) {
    int[] addresses = new int[all.length];
    int count = 0;
    for (InetAddress address : all) {
      if (address instanceof Inet4Address) {
        byte[] b = address.getAddress();
        addresses[count++] = (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8
            | (b[3] & 0xFF);
      }
    }
    return Arrays.copyOf(addresses, count);
  }

  /**
   * A domain name as RFC 1035 2.3.4 bounds it: at most 253 characters without the final dot,
   * labels of 1 to 63 printable ASCII characters other than space. Stricter host-name rules are
   * the resolver's business.
   */
  static boolean isValid(String name) {
    if (name == null) {
      return false;
    }
    String stripped = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
      return false;
    }
    int label = 0;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c == '.') {
        if (label == 0) {
          return false;
        }
        label = 0;
      } else if (c <= ' ' || c >= 0x7F || ++label > MAX_LABEL) {
        return false;
      }
    }
    return label > 0;
  }
}

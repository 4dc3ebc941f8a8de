package dev.kiln.jvm;

import dev.kiln.api.EventLoop;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;

/**
 * The host's readiness wait: one {@link Selector} for every host socket the image opens. {@link
 * SelectorIdle} waits in it; socket providers register their channels with a handler, which runs
 * (on the loop's thread, inside the idle wait) when the channel is ready.
 *
 * <p>The event loop ends when it has no timers and no device handlers. Host sockets are not Solo5
 * handles, so while any channel is registered this keeps a no-op handler on {@link
 * #KEEP_ALIVE_HANDLE} (no JVM device uses handles) to keep the loop running.
 */
@Singleton
final class HostSelector {
  /** The handle kept registered with the loop while channels are registered. */
  static final int KEEP_ALIVE_HANDLE = 63;

  private static final Runnable NOTHING = () -> {};

  /** Runs when a registered channel is ready for its interest set. */
  interface Handler {
    void ready(SelectionKey key);
  }

  private final Selector selector;
  private int registered;
  private boolean selecting;
  private boolean flushCancelled;

  @Inject
  HostSelector() {
    try {
      selector = Selector.open();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a selector", e);
    }
  }

  /** Registers a non-blocking channel; the handler runs whenever it is ready for {@code ops}. */
  SelectionKey register(EventLoop loop, SelectableChannel channel, int ops, Handler handler)
      throws ClosedChannelException {
    SelectionKey key = channel.register(selector, ops, handler);
    if (registered++ == 0) {
      loop.onReady(KEEP_ALIVE_HANDLE, NOTHING);
    }
    return key;
  }

  /** Cancels a key from {@link #register}; call once per key. */
  void cancel(EventLoop loop, SelectionKey key) {
    key.cancel();
    if (--registered == 0) {
      loop.removeReady(KEEP_ALIVE_HANDLE);
      // The loop may end now, without another wait: deregister the cancelled keys, so that
      // closed channels really close (a channel's socket closes when its key is deregistered).
      if (selecting) {
        flushCancelled = true;
      } else {
        flushCancelled();
      }
    }
  }

  private void flushCancelled() {
    flushCancelled = false;
    try {
      selector.selectNow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    selector.selectedKeys().clear();
  }

  /**
   * Waits up to {@code timeoutNanos} (negative: no limit; 0: do not wait) for a registered channel
   * to be ready, and runs the handlers of those that are.
   */
  void select(long timeoutNanos) {
    try {
      if (timeoutNanos == 0) {
        selector.selectNow();
      } else if (timeoutNanos < 0) {
        selector.select();
      } else {
        // Round up: waking before the deadline would only make the loop wait again.
        long millis = (timeoutNanos + 999_999) / 1_000_000;
        selector.select(millis);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("select failed", e);
    }
    selecting = true;
    try {
      Iterator<SelectionKey> selected = selector.selectedKeys().iterator();
      while (selected.hasNext()) {
        SelectionKey key = selected.next();
        selected.remove();
        if (key.isValid()) {
          ((Handler) key.attachment()).ready(key);
        }
      }
    } finally {
      selecting = false;
    }
    if (flushCancelled && registered == 0) {
      flushCancelled();
    }
  }
}

package dev.kiln.jvm;

import dev.kiln.api.EventLoop;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Blocking host calls (name lookups) kept off the event loop: {@link #submit} runs a call on a
 * worker thread, and the continuation it returns runs on the loop's thread. Workers hand
 * continuations over through a queue and wake the loop through a {@link Pipe} in the {@link
 * HostSelector}, which is registered only while calls are outstanding, so it keeps the loop alive
 * exactly as long as there is an answer to wait for.
 */
@Singleton
final class HostWork {
  private final EventLoop loop;
  private final HostSelector selector;
  private final ConcurrentLinkedQueue<Runnable> done = new ConcurrentLinkedQueue<>();
  private final ByteBuffer drain = ByteBuffer.allocate(256);
  private ExecutorService workers;
  private Pipe pipe;
  private SelectionKey key;
  private int outstanding;

  @Inject
  HostWork(EventLoop loop, HostSelector selector) {
    this.loop = loop;
    this.selector = selector;
  }

  /**
   * Runs {@code call} on a worker thread; the continuation it returns then runs on the loop. If
   * the call throws, the exception is thrown on the loop instead. Called on the loop's thread.
   */
  void submit(Supplier<Runnable> call) {
    if (outstanding++ == 0) {
      openPipe();
    }
    Pipe.SinkChannel wake = pipe.sink();
    workers().execute(() -> {
      Runnable continuation;
      try {
        continuation = call.get();
      } catch (RuntimeException | Error e) {
        continuation = () -> {
          throw e;
        };
      }
      done.add(continuation);
      try {
        wake.write(ByteBuffer.wrap(new byte[] {1}));
      } catch (IOException e) {
        // The loop gave up on this pipe; nothing waits for the answer any more.
      }
    });
  }

  /** Calls still running on workers or waiting to run on the loop. */
  int outstanding() {
    return outstanding;
  }

  private ExecutorService workers() {
    if (workers == null) {
      workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "kiln-host-work");
        thread.setDaemon(true);
        return thread;
      });
    }
    return workers;
  }

  private void openPipe() {
    try {
      pipe = Pipe.open();
      pipe.source().configureBlocking(false);
      key = selector.register(loop, pipe.source(), SelectionKey.OP_READ, ready -> runDone());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a pipe to wake the event loop", e);
    }
  }

  private void runDone() {
    try {
      while (pipe.source().read(drain.clear()) > 0) {
        // the wake-up bytes say nothing; the queue has the work
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event loop's wake-up pipe", e);
    }
    Runnable continuation;
    while ((continuation = done.poll()) != null) {
      if (--outstanding == 0) {
        closePipe();
      }
      continuation.run();
    }
  }

  private void closePipe() {
    selector.cancel(loop, key);
    JvmTcp.closeQuietly(pipe.source());
    JvmTcp.closeQuietly(pipe.sink());
    key = null;
    pipe = null;
  }
}

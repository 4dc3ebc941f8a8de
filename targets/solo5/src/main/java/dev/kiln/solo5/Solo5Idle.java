package dev.kiln.solo5;

import dev.kiln.api.Idle;
import dev.kiln.solo5.internal.Solo5Calls;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The idle wait as {@code solo5_yield}: until the deadline or network input. */
@Singleton
final class Solo5Idle implements Idle {
  @Inject
  Solo5Idle() {}

  @Override
  public long waitUntil(long deadlineNanos) {
    return Solo5Calls.yieldUntil(deadlineNanos);
  }
}

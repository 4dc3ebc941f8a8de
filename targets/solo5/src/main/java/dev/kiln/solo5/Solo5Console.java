package dev.kiln.solo5;

import dev.kiln.api.Console;
import dev.kiln.solo5.internal.Solo5Calls;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/** The console through {@code solo5_console_write}, buffered by line. */
@Singleton
final class Solo5Console implements Console {
  private static final int CAPACITY = 4096;

  private final byte[] buffer = new byte[CAPACITY];
  private int used;

  @Inject
  Solo5Console() {}

  @Override
  public void print(CharSequence text) {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (used == CAPACITY) {
        flush();
      }
      buffer[used++] = bytes[i];
      if (bytes[i] == '\n') {
        flush();
      }
    }
  }

  @Override
  public void flush() {
    if (used > 0) {
      Solo5Calls.consoleWrite(buffer, 0, used);
      used = 0;
    }
  }
}

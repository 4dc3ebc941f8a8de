package dev.kiln.api;

import dev.kiln.annotations.Capability;

/** The image's console: standard output on the JVM and spt, the serial port on virtio. */
@Capability(doc = "Text output to the host's console.")
public interface Console {
  /** Writes the text as UTF-8, buffered until a line ends or {@link #flush()}. */
  void print(CharSequence text);

  /** Writes the text and a line feed, then flushes. */
  default void println(CharSequence text) {
    print(text);
    print("\n");
    flush();
  }

  /** Pushes buffered text to the host. */
  void flush();
}

package dev.kiln.xen.bus;

/** The states a frontend and its backend publish in their {@code state} nodes ({@code io/xenbus.h}). */
public enum XenbusState {
  UNKNOWN,
  INITIALISING,
  INIT_WAIT,
  INITIALISED,
  CONNECTED,
  CLOSING,
  CLOSED,
  RECONFIGURING,
  RECONFIGURED;

  /** The number XenStore holds. */
  public int number() {
    return ordinal();
  }

  /** The state a node's text names. @throws IllegalArgumentException for anything else */
  public static XenbusState parse(String text) {
    try {
      int number = Integer.parseInt(text.trim());
      if (number >= 0 && number < values().length) {
        return values()[number];
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("'" + text + "' is not a xenbus state");
  }
}

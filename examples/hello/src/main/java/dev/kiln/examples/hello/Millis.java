package dev.kiln.examples.hello;

/** Formats microseconds as milliseconds with three decimals, without String.format. */
final class Millis {
  private Millis() {}

  static String format(long micros) {
    long fraction = micros % 1_000;
    String digits = Long.toString(fraction);
    return (micros / 1_000) + "." + "000".substring(digits.length()) + digits;
  }
}

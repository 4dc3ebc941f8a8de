package dev.kiln.processor.model;

/** Small helpers for qualified names. */
public final class Names {
  private Names() {}

  /** {@code dev.kiln.api.Console} to {@code Console}. */
  public static String simple(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}

package dev.kiln.processor.generate;

/**
 * A small streaming JSON writer with two-space indentation and stable output, for the manifest
 * and the component report. The caller is responsible for well-formed nesting.
 */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private int depth;
  private boolean firstInContainer = true;
  private boolean afterName;

  JsonWriter beginObject() {
    value("{");
    depth++;
    firstInContainer = true;
    return this;
  }

  JsonWriter endObject() {
    return close('}');
  }

  JsonWriter beginArray() {
    value("[");
    depth++;
    firstInContainer = true;
    return this;
  }

  JsonWriter endArray() {
    return close(']');
  }

  JsonWriter name(String name) {
    separator();
    out.append(quote(name)).append(": ");
    afterName = true;
    return this;
  }

  JsonWriter string(String value) {
    return value(value == null ? "null" : quote(value));
  }

  JsonWriter number(long value) {
    return value(Long.toString(value));
  }

  JsonWriter bool(boolean value) {
    return value(Boolean.toString(value));
  }

  JsonWriter field(String name, String value) {
    return name(name).string(value);
  }

  @Override
  public String toString() {
    return out.toString() + "\n";
  }

  private JsonWriter value(String text) {
    if (!afterName) {
      separator();
    }
    afterName = false;
    out.append(text);
    return this;
  }

  private JsonWriter close(char bracket) {
    depth--;
    if (!firstInContainer) {
      newline();
    }
    out.append(bracket);
    firstInContainer = false;
    return this;
  }

  private void separator() {
    if (depth == 0) {
      return;
    }
    if (!firstInContainer) {
      out.append(',');
    }
    newline();
    firstInContainer = false;
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          quoted.append("\\\"");
          break;
        case '\\':
          quoted.append("\\\\");
          break;
        case '\n':
          quoted.append("\\n");
          break;
        case '\r':
          quoted.append("\\r");
          break;
        case '\t':
          quoted.append("\\t");
          break;
        default:
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
      }
    }
    return quoted.append('"').toString();
  }
}

package dev.kiln.tools.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser (RFC 8259) into plain Java values: Map, List, String, Long or Double,
 * Boolean, and null. Enough for Kiln's own reports; rejects anything malformed with the offset.
 */
public final class Json {
  private static final int MAX_DEPTH = 64;

  private final String text;
  private int position;
  private int depth;

  private Json(String text) {
    this.text = text;
  }

  public static Object parse(String text) {
    Json parser = new Json(text);
    parser.skipWhitespace();
    Object value = parser.value();
    parser.skipWhitespace();
    if (parser.position != text.length()) {
      throw parser.error("unexpected text after the value");
    }
    return value;
  }

  /** Writes a value of the kinds {@link #parse} returns, compactly (no white space). */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  /** Writes a value for people to read: two-space indentation, one member per line. */
  public static String writeIndented(Object value) {
    StringBuilder out = new StringBuilder();
    writeIndented(value, out, "");
    return out.append('\n').toString();
  }

  private static void writeIndented(Object value, StringBuilder out, String indent) {
    String inner = indent + "  ";
    if (value instanceof Map && !((Map<?, ?>) value).isEmpty()) {
      out.append("{\n");
      boolean first = true;
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        out.append(first ? "" : ",\n").append(inner);
        quote((String) entry.getKey(), out);
        out.append(": ");
        writeIndented(entry.getValue(), out, inner);
        first = false;
      }
      out.append('\n').append(indent).append('}');
    } else if (value instanceof List && !((List<?>) value).isEmpty()) {
      out.append("[\n");
      boolean first = true;
      for (Object item : (List<?>) value) {
        out.append(first ? "" : ",\n").append(inner);
        writeIndented(item, out, inner);
        first = false;
      }
      out.append('\n').append(indent).append(']');
    } else {
      write(value, out);
    }
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null || value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value instanceof String) {
      quote((String) value, out);
    } else if (value instanceof Map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        out.append(first ? "" : ",");
        quote((String) entry.getKey(), out);
        out.append(':');
        write(entry.getValue(), out);
        first = false;
      }
      out.append('}');
    } else if (value instanceof List) {
      out.append('[');
      boolean first = true;
      for (Object item : (List<?>) value) {
        out.append(first ? "" : ",");
        write(item, out);
        first = false;
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private Object value() {
    if (position >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(position);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Map<String, Object> object() {
    enter();
    Map<String, Object> object = new LinkedHashMap<>();
    position++;
    skipWhitespace();
    if (peek() == '}') {
      position++;
      depth--;
      return Collections.unmodifiableMap(object);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a member name");
      }
      String name = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      if (object.containsKey(name)) {
        throw error("duplicate member \"" + name + "\"");
      }
      object.put(name, value());
      skipWhitespace();
      char next = next();
      if (next == '}') {
        depth--;
        return Collections.unmodifiableMap(object);
      }
      if (next != ',') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array() {
    enter();
    List<Object> array = new ArrayList<>();
    position++;
    skipWhitespace();
    if (peek() == ']') {
      position++;
      depth--;
      return Collections.unmodifiableList(array);
    }
    while (true) {
      skipWhitespace();
      array.add(value());
      skipWhitespace();
      char next = next();
      if (next == ']') {
        depth--;
        return Collections.unmodifiableList(array);
      }
      if (next != ',') {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder value = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return value.toString();
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escape = next();
      switch (escape) {
        case '"': value.append('"'); break;
        case '\\': value.append('\\'); break;
        case '/': value.append('/'); break;
        case 'b': value.append('\b'); break;
        case 'f': value.append('\f'); break;
        case 'n': value.append('\n'); break;
        case 'r': value.append('\r'); break;
        case 't': value.append('\t'); break;
        case 'u':
          if (position + 4 > text.length()) {
            throw error("truncated \\u escape");
          }
          try {
            value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
          } catch (NumberFormatException e) {
            throw error("bad \\u escape");
          }
          position += 4;
          break;
        default:
          throw error("bad escape \\" + escape);
      }
    }
  }

  private Object number() {
    int start = position;
    if (peek() == '-') {
      position++;
    }
    boolean fraction = false;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c >= '0' && c <= '9') {
        position++;
      } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
        fraction = true;
        position++;
      } else {
        break;
      }
    }
    String number = text.substring(start, position);
    try {
      return fraction ? (Object) Double.parseDouble(number) : (Object) Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw error("bad number " + number);
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, position)) {
      throw error("unexpected word");
    }
    position += word.length();
    return value;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
  }

  private void skipWhitespace() {
    while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
  }

  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private char next() {
    if (position >= text.length()) {
      throw error("unexpected end of input");
    }
    return text.charAt(position++);
  }

  private void expect(char c) {
    if (next() != c) {
      position--;
      throw error("expected '" + c + "'");
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException("malformed JSON at offset " + position + ": " + message);
  }
}

package dev.kiln.maven.assets;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * The package of the generated asset classes when the project names none: its groupId and
 * artifactId, made into Java identifiers ({@code dev.kiln.examples} and {@code static-website}
 * give {@code dev.kiln.examples.static_website}), so two projects' tables never share a name.
 */
public final class GeneratedPackage {
  private GeneratedPackage() {}

  public static String of(String groupId, String artifactId) {
    StringBuilder name = new StringBuilder();
    for (String part : (groupId + "." + artifactId).split("\\.")) {
      if (part.isEmpty()) {
        continue;
      }
      if (name.length() > 0) {
        name.append('.');
      }
      name.append(identifier(part));
    }
    return name.toString();
  }

  /** Why {@code name} is not a package name, or null if it is one. */
  public static String problem(String name) {
    if (!SourceVersion.isName(name)) {
      return "it is not dot-separated Java identifiers, or one of them is a keyword";
    }
    return null;
  }

  private static String identifier(String part) {
    StringBuilder identifier = new StringBuilder();
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      identifier.append(Character.isJavaIdentifierPart(c) && c < 0x80 ? c : '_');
    }
    String result = identifier.toString().toLowerCase(Locale.ROOT);
    if (!Character.isJavaIdentifierStart(result.charAt(0)) || SourceVersion.isKeyword(result)) {
      result = "_" + result;
    }
    return result;
  }
}

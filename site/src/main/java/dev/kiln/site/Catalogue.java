package dev.kiln.site;

import java.util.List;

/**
 * What the site documents, read from the class path: every indexed module and blueprint.
 *
 * @param modules sorted by qualified name
 * @param blueprints sorted by name; empty when no blueprint is on the class path
 */
public record Catalogue(List<Module> modules, List<Blueprint> blueprints) {

  /** A configuration key a module reads. */
  public record Key(String name, String type, String phase, String defaultValue, boolean secret,
      String doc) {}

  /**
   * A library-OS module.
   *
   * @param targets target ids it supports; empty means every target
   * @param artifact the jar it comes from (file name), or null
   */
  public record Module(String qualifiedName, String doc, List<String> provides,
      List<String> requires, List<String> targets, List<Key> config, String artifact) {
    public String simpleName() {
      return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    public boolean supports(String target) {
      return targets.isEmpty() || targets.contains(target);
    }
  }

  /**
   * A blueprint: a reusable composition an application applies with {@code @Apply}.
   *
   * @param declares its other annotations as written (needs, devices, configuration)
   */
  public record Blueprint(String qualifiedName, String name, String version, String doc,
      List<String> declares, String artifact) {}
}

package dev.kiln.processor.model;

import dev.kiln.processor.diagnostic.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A capability that must be provided, and why: either a root need of the application (from
 * {@code @Needs}, a constructor parameter, or the boot entry) or a requirement of a module that
 * an earlier need pulled in.
 *
 * @param capability qualified name of the capability interface
 * @param reason for a root need, why the application has it, e.g. {@code @Needs on Web}
 * @param requiredBy for a module's requirement, the module; null for a root need
 * @param parent the need that pulled {@code requiredBy} in; null for a root need
 * @param location where diagnostics about this need point: always in the application's source
 * @param origin who declared the root need of this chain: the application, a blueprint it
 *     applied, or Kiln (the boot entry's own needs)
 */
public record Need(String capability, String reason, ModuleDescriptor requiredBy, Need parent,
    Location location, Origin origin) {

  /** A root need the application declared itself. */
  public static Need root(String capability, String reason, Location location) {
    return root(capability, reason, location, Origin.APPLICATION);
  }

  public static Need root(String capability, String reason, Location location, Origin origin) {
    return new Need(capability, reason, null, null, location, origin);
  }

  /** A requirement of {@code module}, which was chosen to satisfy this need. */
  public Need requirement(String capability, ModuleDescriptor module) {
    return new Need(capability, null, module, this, location, origin);
  }

  /** The same root need, pointing (for diagnostics) at another location. */
  public Need at(Location elsewhere) {
    return new Need(capability, reason, requiredBy, parent, elsewhere, origin);
  }

  /** The needs from the application down to this one. */
  public List<Need> path() {
    List<Need> path = new ArrayList<>();
    for (Need need = this; need != null; need = need.parent) {
      path.add(need);
    }
    Collections.reverse(path);
    return path;
  }

  /** The chain of needs, one line per step, for messages and reports. */
  public List<String> chain() {
    List<String> lines = new ArrayList<>();
    for (Need need : path()) {
      if (need.requiredBy == null) {
        lines.add(Names.simple(need.capability) + " (" + need.reason + ")");
      } else {
        lines.add(
            need.requiredBy.simpleName() + " requires " + Names.simple(need.capability));
      }
    }
    return lines;
  }
}

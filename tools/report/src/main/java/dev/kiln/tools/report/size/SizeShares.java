package dev.kiln.tools.report.size;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each owner's share of a native image: the sizes of the linked symbols whose C code TeaVM
 * generated from that owner's classes. What no class of the class path explains (TeaVM's runtime
 * and class library, Kiln's libc and the target's bindings) is {@link #RUNTIME}. An honest
 * approximation: inlined code counts for the class it was inlined into, and the string pool and
 * class metadata tables are runtime.
 */
public record SizeShares(List<Share> shares, long linkedBytes) {
  public static final String RUNTIME = "runtime";

  /** One owner's bytes; {@code artifact} is null for the runtime. */
  public record Share(String owner, String artifact, long bytes) {}

  public static SizeShares of(SymbolTable symbols, GeneratedClassIndex index,
      ModuleOwnership ownership) {
    Map<String, Long> bytes = new TreeMap<>();
    for (SymbolTable.Symbol symbol : symbols.symbols()) {
      String className = index.classOf(symbol.name());
      String owner = className == null ? null : ownership.ownerOf(className);
      bytes.merge(owner == null ? RUNTIME : owner, symbol.size(), Long::sum);
    }
    List<Share> shares = new ArrayList<>();
    for (Map.Entry<String, Long> entry : bytes.entrySet()) {
      String owner = entry.getKey();
      shares.add(new Share(owner, owner.equals(RUNTIME) ? null : ownership.artifactOf(owner),
          entry.getValue()));
    }
    shares.sort((a, b) -> a.bytes() != b.bytes() ? Long.compare(b.bytes(), a.bytes())
        : a.owner().compareTo(b.owner()));
    return new SizeShares(List.copyOf(shares), symbols.total());
  }

  /** The bytes of an owner, 0 when nothing of it is linked. */
  public long bytesOf(String owner) {
    for (Share share : shares) {
      if (share.owner().equals(owner)) {
        return share.bytes();
      }
    }
    return 0;
  }
}

package dev.kiln.tools.report.size;

import java.util.ArrayList;
import java.util.List;

/**
 * The sized symbols of a linked ELF that occupy bytes of the file, as {@code nm -S} prints them
 * ({@code address size type name}); symbols without a size and zero-filled ones ({@code .bss},
 * types {@code b} and {@code B}) are left out.
 */
public record SymbolTable(List<Symbol> symbols) {

  /** One sized symbol. */
  public record Symbol(String name, long size, char type) {}

  /** Parses {@code nm -S} output; a line that is not {@code address size type name} is skipped. */
  public static SymbolTable parseNm(String nmOutput) {
    List<Symbol> symbols = new ArrayList<>();
    for (String line : nmOutput.split("\n")) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length != 4 || fields[2].length() != 1) {
        continue;
      }
      char type = fields[2].charAt(0);
      if (type == 'b' || type == 'B') {
        continue;
      }
      try {
        symbols.add(new Symbol(fields[3], Long.parseLong(fields[1], 16), fields[2].charAt(0)));
      } catch (NumberFormatException e) {
        // not a sized symbol line
      }
    }
    return new SymbolTable(List.copyOf(symbols));
  }

  public long total() {
    long total = 0;
    for (Symbol symbol : symbols) {
      total += symbol.size();
    }
    return total;
  }
}

package org.agendacheck.baseline;

import org.agendacheck.engine.Args;
import org.agendacheck.engine.Located;
import org.agendacheck.model.Location;

/**
 * Fact: one baseline entry and whether a finding of the run has its fingerprint. The rule {@code
 * baseline-stale} judges it; the finding it gives points at the entry in the baseline file.
 *
 * @param baselineFile the baseline file, as it was given
 * @param entry the entry
 * @param matched true when a finding of the run has the entry's fingerprint
 */
public record BaselineCheck(String baselineFile, BaselineEntry entry, boolean matched)
    implements Located {

  public boolean isMatched() {
    return matched;
  }

  /** The arguments of the stale-entry message: the entry's rule and file, where it names them. */
  public Args args() {
    String variant = entry.rule() == null ? (entry.file() == null ? "any" : "any-in-file")
        : entry.file() == null ? "rule" : "rule-in-file";
    java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
    if (entry.rule() != null) {
      values.put("entryRule", entry.rule());
    }
    if (entry.file() != null) {
      values.put("entryFile", entry.file());
    }
    return new Args(variant, values, java.util.List.of());
  }

  @Override
  public String source() {
    return baselineFile;
  }

  @Override
  public String table() {
    return entry.table();
  }

  @Override
  public String row() {
    return entry.row();
  }

  @Override
  public String column() {
    return entry.column();
  }

  @Override
  public Location location() {
    return Location.at(entry.line(), 0);
  }
}

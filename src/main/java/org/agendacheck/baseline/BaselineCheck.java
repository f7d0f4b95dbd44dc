package org.agendacheck.baseline;

import org.agendacheck.engine.Located;

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

  /** What the entry accepted, for messages: "pm-entry in samples/x.json". */
  public String describeEntry() {
    return (entry.rule() == null ? "a finding" : entry.rule())
        + (entry.file() == null ? "" : " in " + entry.file());
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
  public int line() {
    return entry.line();
  }

  @Override
  public int col() {
    return 0;
  }
}

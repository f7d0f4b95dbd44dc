package org.agendacheck.engine;

import java.util.List;
import org.agendacheck.model.Row;

/**
 * Fact: a row with a formula and the rows its formula reaches through other formulas.
 *
 * @param row the row
 * @param cycle when the formula includes the row itself, directly or through other formula rows,
 *     the rows of that loop from this row back to it; else empty
 */
public record FormulaRow(Row row, List<Row> cycle) {
  public FormulaRow {
    cycle = List.copyOf(cycle);
  }

  /** True when the row's formula includes the row itself. */
  public boolean isCyclic() {
    return !cycle.isEmpty();
  }

  /** The loop as a controller reads it: "row 7 → row 3 → row 7". */
  public String cycleText() {
    StringBuilder b = new StringBuilder();
    for (Row r : cycle) {
      b.append(b.length() == 0 ? "" : " \u2192 ").append("row ").append(r.getId());
    }
    return b.append(" \u2192 row ").append(row.getId()).toString();
  }
}

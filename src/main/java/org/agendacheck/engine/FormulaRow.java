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

  /** The ids of the loop's rows from this row back to it: 7, 3, 7. */
  public List<String> cycleIds() {
    List<String> ids = new java.util.ArrayList<>();
    for (Row r : cycle) {
      ids.add(r.getId());
    }
    ids.add(row.getId());
    return ids;
  }

  /**
   * The arguments of the message that the formula includes the row itself: the formula and the
   * loop as a controller reads it ("row 7 → row 3 → row 7", each step a phrase).
   */
  public Args args() {
    List<Object> steps = new java.util.ArrayList<>();
    for (String id : cycleIds()) {
      steps.add(Phrase.of("phrase.row-id", "id", id));
    }
    return Args.of(null, "formula", row.getFormula().text(), "cycle", new Joined(steps, " \u2192 "));
  }
}

package org.agendacheck.engine;

import org.agendacheck.model.Formula;
import org.agendacheck.model.Row;

/**
 * Fact: a formula printed in a row's label whose range ends at the row itself ("5 Stand (= 1 t/m
 * 5)"), read as the range up to the row before it. It decides nothing itself.
 *
 * @param row the row whose label prints the formula
 * @param printed the formula as printed
 * @param readAs the formula as it is checked
 */
public record OwnRowInLabel(Row row, Formula printed, Formula readAs) {
  /** The arguments of the message: the printed formula, the reading and the row's own id. */
  public Args args() {
    return Args.of(null, "formula", printed.text(), "readAs", readAs.text(), "id", row.getId());
  }
}

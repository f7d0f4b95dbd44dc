package org.agendacheck.engine;

/** Which published figure a {@link SumCheck} judges. */
public enum AggregateKind {
  /** A total row: the sum of all item rows. */
  TOTAL,
  /** A subtotal row: the sum of its section's item rows. */
  SUBTOTAL,
  /** A row with a formula: its weighted terms. */
  FORMULA,
  /** A cell of a row-total column: the row's year columns, or the columns the column names. */
  ROW_TOTAL
}

package org.agendacheck.model;

/** The part a column plays in a table. */
public enum ColumnKind {
  /** A budget year ("2026"): an amount column. */
  YEAR,
  /** The recurring amount per year after the horizon ("Structureel"): an amount column. */
  STRUCTURAL,
  /** A non-year column declared as amounts ("Voted", "Outturn"): an amount column. */
  AMOUNT,
  /** A row-total column ("Total 2014-2020"): in each row, the sum of its year columns. */
  TOTAL,
  /** Any other column: carried but not checked. */
  OTHER;

  /** True for the columns whose cells are amounts and take part in the checks. */
  public boolean isAmount() {
    return this != OTHER;
  }
}

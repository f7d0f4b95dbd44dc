package org.agendacheck.model;

/** The part a column plays in a table. */
public enum ColumnKind {
  /** A budget year ("2026"): an amount column. */
  YEAR,
  /** The recurring amount per year after the horizon ("Structureel"): an amount column. */
  STRUCTURAL,
  /** Any other column: carried but not checked. */
  OTHER;

  public boolean isAmount() {
    return this == YEAR || this == STRUCTURAL;
  }
}

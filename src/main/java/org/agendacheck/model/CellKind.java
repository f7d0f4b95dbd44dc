package org.agendacheck.model;

/** What a table cell holds. */
public enum CellKind {
  /** An exact decimal amount. */
  NUMBER,
  /** Pro memorie: an amount not yet known ("PM"). Totals leave it out. */
  PM,
  /** A dash: exactly zero. */
  NIL,
  /** An empty cell: missing, counted as zero. */
  BLANK,
  /** Anything else: cannot be read as an amount. */
  INVALID,
  /**
   * Not applicable or not available ("n.v.t.", "n.a.", "...", "x"): no amount, and none is
   * expected. Never an invalid value, never summed, and it does not stop its column's sum check.
   */
  NOT_APPLICABLE
}

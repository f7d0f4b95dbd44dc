package org.agendacheck.engine;

/** What a finding is about. */
public enum Subject {
  /** One cell of a table. */
  CELL,
  /** A whole row. */
  ROW,
  /** A whole column. */
  COLUMN,
  /** A whole table. */
  TABLE,
  /** A whole document (a file that cannot be read, an entry of a baseline file). */
  DOCUMENT
}

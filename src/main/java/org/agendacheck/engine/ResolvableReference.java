package org.agendacheck.engine;

/**
 * A reference fact the {@code reference-unresolved} rule judges: a row's reference ({@link
 * ReferenceCheck}) or a spreadsheet cell's ({@link FormulaReference}).
 */
public interface ResolvableReference {
  /** True when what the reference names was found among the run's documents. */
  boolean isResolved();

  /** The variant and arguments of the message that it was not. */
  Args unresolved();

  /** What a finding about the reference is about: a cell, a row or a table. */
  Object subject();
}

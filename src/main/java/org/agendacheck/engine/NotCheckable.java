package org.agendacheck.engine;

/**
 * Why a {@link SumCheck} cannot be judged: the facts say it, the rules decide what to make of it
 * (the sum rules judge only checkable sums; {@code sum-not-checked} names the others where no
 * other finding on the same cell already says why).
 */
public enum NotCheckable {
  /** A row of the table has more or fewer values than the table has columns. */
  MISSHAPED_TABLE,
  /** The formula includes its own row, directly or through other formula rows. */
  CYCLIC_FORMULA,
  /** A term of the formula names no row of the table, or a range runs backwards. */
  UNRESOLVED_TERM,
  /** The published figure itself is not an amount, PM, nil or blank. */
  PUBLISHED_INVALID,
  /** One of the cells it should add up is invalid. */
  PART_INVALID,
  /** Another cell of its column is invalid: the column's figures are not read with confidence. */
  COLUMN_INVALID
}

package org.agendacheck.engine;

import org.agendacheck.model.Cell;
import org.agendacheck.model.Column;
import org.agendacheck.model.Row;

/**
 * Fact: a blank amount cell beside what its neighbourhood holds, so that rules can tell a blank
 * that looks forgotten from one printed by design. It decides nothing itself.
 */
public final class BlankCell {
  private final Cell cell;
  private final boolean aggregate;
  private final boolean neighboursFilled;
  private final boolean columnFilled;
  private final boolean aloneInRow;

  /**
   * @param cell the blank cell
   * @param aggregate true when the cell is a published total, subtotal, formula-row or
   *     total-column figure (a blank there is "not published")
   * @param neighboursFilled true when the cell is in a year column and every neighbouring year
   *     column of its row holds a number, nil or PM, and there is one on either side (a gap inside the
   *     row's run of figures)
   * @param columnFilled true when at least one other item row exists and every other item row (no
   *     memo, total, subtotal or formula row) holds a number, nil or PM in the cell's column
   * @param aloneInRow true when no other amount cell of the row is blank
   */
  public BlankCell(Cell cell, boolean aggregate, boolean neighboursFilled, boolean columnFilled,
      boolean aloneInRow) {
    this.cell = cell;
    this.aggregate = aggregate;
    this.neighboursFilled = neighboursFilled;
    this.columnFilled = columnFilled;
    this.aloneInRow = aloneInRow;
  }

  public Cell getCell() {
    return cell;
  }

  public Row getRow() {
    return cell.getRow();
  }

  public Column getColumn() {
    return cell.getColumn();
  }

  /** True for a blank total, subtotal, formula-row or total-column cell. */
  public boolean isAggregate() {
    return aggregate;
  }

  /** True when every neighbouring year column of the row holds a figure (number, nil or PM). */
  public boolean isNeighboursFilled() {
    return neighboursFilled;
  }

  /** True when every other item row holds a figure in the cell's column. */
  public boolean isColumnFilled() {
    return columnFilled;
  }

  /** True when no other amount cell of the row is blank. */
  public boolean isAloneInRow() {
    return aloneInRow;
  }

  /** True when the cell's row is a memo row. */
  public boolean isMemo() {
    return cell.getRow().isMemo();
  }
}

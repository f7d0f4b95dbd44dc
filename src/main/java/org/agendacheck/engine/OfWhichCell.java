package org.agendacheck.engine;

import java.math.BigDecimal;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Row;

/**
 * Fact: an amount cell of an "of which" memo row (waarvan, w.v., of which) beside the cell of its
 * parent row in the same column, the nearest row above it that is not a memo row. Only made where
 * both are a number or nil. It decides nothing itself.
 */
public final class OfWhichCell {
  private final Cell memo;
  private final Cell parent;
  private final OfWhichSum siblings;

  OfWhichCell(Cell memo, Cell parent, OfWhichSum siblings) {
    this.memo = memo;
    this.parent = parent;
    this.siblings = siblings;
  }

  /** All of-which cells of the same parent in the same column, this one among them. */
  public OfWhichSum getSiblings() {
    return siblings;
  }

  /** The cell of the of-which row. */
  public Cell getMemo() {
    return memo;
  }

  /** The cell of the parent row in the same column. */
  public Cell getParent() {
    return parent;
  }

  public Row getParentRow() {
    return parent.getRow();
  }

  /** True when neither amount is of the opposite sign of the other (0 has no sign). */
  public boolean isSameSign() {
    return memo.getAmount().signum() * parent.getAmount().signum() >= 0;
  }

  /** The size of the part, whatever its sign. */
  public BigDecimal getMemoMagnitude() {
    return memo.getAmount().abs();
  }

  /** The size of the whole, whatever its sign. */
  public BigDecimal getParentMagnitude() {
    return parent.getAmount().abs();
  }

  /** The arguments of the message (variant {@code negative} for amounts below 0): the part, the whole, their labels and the column. */
  public Args args() {
    return Args.of(parent.getAmount().signum() < 0 || memo.getAmount().signum() < 0 ? "negative"
        : null, "label", memo.getRow().getLabel(), "value", memo, "column",
        memo.getColumn().getKey(), "parent", parent, "parentLabel", parent.getRow().getLabel())
        .withCells(java.util.List.of(parent));
  }
}

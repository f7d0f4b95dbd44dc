package org.agendacheck.engine;

import org.agendacheck.model.Cell;

/**
 * Fact: a referencing cell beside the cell it republishes (same column identity: the same year, or
 * both structural).
 *
 * @param cell the referencing cell
 * @param target the referenced cell
 */
public record ReferencePair(Cell cell, Cell target) {
  /** True when both cells hold a known amount (number or nil). */
  public boolean isComparable() {
    return cell.isKnown() && target.isKnown();
  }

  public boolean isSame() {
    return cell.sameAmount(target);
  }

  /** The arguments of the message that the cells differ; the referenced cell took part. */
  public Args mismatch() {
    return new Args(null, Args.pairs(new Object[] {"value", cell, "targetRow",
        target.getRow().getLabel(), "targetTable", target.getRow().getTable().getId(),
        "targetValue", target, "targetLocation", target.getLocation()}), java.util.List.of(target));
  }
}

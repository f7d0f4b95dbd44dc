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

  public String mismatchMessage() {
    return cell.display() + " here, but '" + target.getRow().getLabel() + "' of '"
        + target.getRow().getTable().getId() + "' publishes " + target.display();
  }
}

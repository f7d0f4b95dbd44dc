package org.agendacheck.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Rounding;

/**
 * Fact: a parent row's cell (a number or nil) beside the cells of its "of which" memo rows in the
 * same column, added up with their rounding. Decides nothing itself.
 */
public final class OfWhichSum {
  private final Cell parent;
  private final List<Cell> parts;
  private final Rounding rounding;
  private BigDecimal sum = BigDecimal.ZERO;
  private Interval sumInterval = Interval.ZERO;
  private int known;
  private int pm;
  private int positive;
  private int negative;

  OfWhichSum(Cell parent, List<Cell> parts, Rounding rounding) {
    this.parent = parent;
    this.parts = List.copyOf(parts);
    this.rounding = rounding;
    for (Cell c : parts) {
      if (c.isNumber()) {
        sum = sum.add(c.getAmount());
        sumInterval = sumInterval.plus(Interval.published(c.getAmount(), rounding));
        known++;
        positive += c.getAmount().signum() > 0 ? 1 : 0;
        negative += c.getAmount().signum() < 0 ? 1 : 0;
      } else if (c.isNil()) {
        known++;
      } else if (c.isPm()) {
        pm++;
      }
    }
  }

  public Cell getParent() {
    return parent;
  }

  /** The cells of the of-which rows, in table order. */
  public List<Cell> getParts() {
    return parts;
  }

  /** How many of-which rows the parent has. */
  public int getRows() {
    return parts.size();
  }

  /** How many parts are a number or nil. */
  public int getKnownParts() {
    return known;
  }

  /** How many parts are PM: not yet known, left out of the sum. */
  public int getPmParts() {
    return pm;
  }

  /** The exact sum of the number parts. */
  public BigDecimal getSum() {
    return sum;
  }

  /**
   * True when the parts are of both signs, or of the sign opposite to a parent that has one: then
   * parts may cancel out, and their sum says nothing about the whole.
   */
  public boolean isMixedSigns() {
    int p = parent.getAmount().signum();
    return positive > 0 && negative > 0 || p > 0 && negative > 0 || p < 0 && positive > 0;
  }

  /**
   * True when the parts' sum, with every figure standing for the values that round to it, lies
   * wholly beyond the parent's figure in the parent's direction: above a parent of 0 or more, below
   * a negative one. PM parts are left out; of one sign with the others, they could only add.
   */
  public boolean isExceeds() {
    Interval whole = Interval.published(parent.getAmount(), rounding);
    Interval partsI = sumInterval;
    boolean down = parent.getAmount().signum() < 0 || parent.getAmount().signum() == 0 && negative > 0;
    if (down) {
      whole = whole.negate();
      partsI = partsI.negate();
    }
    return !partsI.meets(whole) && partsI.lo().compareTo(whole.hi()) >= 0;
  }

  /** How far the parts' sum lies beyond the parent's figure (its size). */
  public BigDecimal getExcess() {
    return sum.abs().subtract(parent.getAmount().abs());
  }

  /** The arguments of the message; variant {@code rounded} when a rounding is declared. */
  public Args args() {
    List<Cell> cells = new ArrayList<>(parts);
    Object pmNote = pm == 0 ? "" : pm == 1 ? Phrase.of("phrase.of-which-pm-one")
        : Phrase.of("phrase.of-which-pm-other", "n", pm);
    return Args.of(rounding.isDeclared() ? "rounded" : null, "parentLabel",
        parent.getRow().getLabel(), "column", parent.getColumn().getKey(), "rows", parts.size(),
        "sum", sum, "parent", parent, "excess", getExcess(), "pm", pmNote).withCells(cells);
  }
}

package org.agendacheck.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.agendacheck.model.Column;
import org.agendacheck.model.Table;

/**
 * Fact: one total, subtotal or formula-row check of a rounded table beside how the table's sums
 * come out in its other amount columns: in how many of them some sum can be compared, and in how
 * many every sum that can be compared equals the printed figures' exact sum. Where every other
 * column adds up exactly, the table's totals are in practice sums of the printed figures, and a
 * column that differs stands out even inside the rounding tolerance. Decides nothing itself.
 */
public final class ExactElsewhere {
  private final SumCheck check;
  private final int otherColumns;
  private final int exactOtherColumns;
  private final BigDecimal step;

  ExactElsewhere(SumCheck check, int otherColumns, int exactOtherColumns, BigDecimal step) {
    this.check = check;
    this.otherColumns = otherColumns;
    this.exactOtherColumns = exactOtherColumns;
    this.step = step;
  }

  public SumCheck getCheck() {
    return check;
  }

  /** The other amount columns of the table where at least one down-the-column sum can be compared. */
  public int getOtherColumns() {
    return otherColumns;
  }

  /** Of those, the columns where every comparable sum equals its exact sum. */
  public int getExactOtherColumns() {
    return exactOtherColumns;
  }

  /** The table's rounding step. */
  public BigDecimal getStep() {
    return step;
  }

  /** The arguments of the message: the check's figures, tolerance and the other columns. */
  public Args args() {
    Args tolerance = check.roundingDifference();
    java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(tolerance.values());
    values.put("others", exactOtherColumns);
    values.put("step", step.stripTrailingZeros());
    values.put("excess", check.getDifference().abs());
    values.remove("difference");
    return new Args(null, values, tolerance.cells());
  }

  /**
   * The facts of a table with a declared rounding whose totals are not declared exact: one per
   * total, subtotal and formula-row check that is within the rounding but not exact, counting the
   * other columns that add up exactly.
   */
  static List<ExactElsewhere> of(Table t, List<Object> derived) {
    List<ExactElsewhere> out = new ArrayList<>();
    if (!t.getRounding().isDeclared() || t.getRounding().exactTotals()) {
      return out;
    }
    List<SumCheck> checks = new ArrayList<>();
    for (Object o : derived) {
      if (o instanceof SumCheck s && !s.isRowTotal()) {
        checks.add(s);
      }
    }
    if (checks.isEmpty()) {
      return out;
    }
    // Per column: whether some sum there is comparable, and whether every comparable one is exact.
    Map<Column, boolean[]> byColumn = new IdentityHashMap<>();
    for (SumCheck s : checks) {
      if (!s.isComparable() || s.isPublishedBlank() || s.getPmParts() > 0) {
        continue;
      }
      boolean[] state = byColumn.computeIfAbsent(s.getColumn(), c -> new boolean[] {true});
      state[0] &= s.isExact();
    }
    int columns = byColumn.size();
    int exact = 0;
    for (boolean[] state : byColumn.values()) {
      exact += state[0] ? 1 : 0;
    }
    for (SumCheck s : checks) {
      // Only a sum that is consistent yet not exact can stand out: the others need no fact.
      if (!s.isConsistent() || s.isExact()) {
        continue;
      }
      boolean[] own = byColumn.get(s.getColumn());
      int others = columns - (own == null ? 0 : 1);
      int exactOthers = exact - (own != null && own[0] ? 1 : 0);
      out.add(new ExactElsewhere(s, others, exactOthers, t.getRounding().step()));
    }
    return out;
  }
}

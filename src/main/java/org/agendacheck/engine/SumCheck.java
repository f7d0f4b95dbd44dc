package org.agendacheck.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Column;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.Row;

/**
 * Fact: one published aggregate cell (a total or subtotal in one amount column) beside the exact
 * arithmetic of the cells it should add up. Rules judge it; it decides nothing itself.
 */
public final class SumCheck {
  private final AggregateKind kind;
  private final Cell published;
  private final Object partsName;
  /** The rows (or, for a row total, the columns) whose cells took part; shared, never copied. */
  private List<?> partSource = List.of();
  private final Rounding rounding;
  // A total of a million rows adds a million parts: they add as longs at the largest scale seen (no
  // object per part) until one does not fit, then as BigDecimal. The interval follows from the sum
  // and the number of parts of each sign, since every part widens it by the same rounding offsets.
  private long unscaled;
  private int scale;
  private BigDecimal wide;
  private BigDecimal sum = BigDecimal.ZERO;
  private Interval sumInterval = Interval.ZERO;
  private boolean stale;
  private int plusFigures;
  private int figures;
  private int pmParts;
  private int invalidParts;
  private int notApplicableParts;
  private NotCheckable notCheckable;
  private Object notCheckableAt;
  private boolean subtractingPart;

  /**
   * @param kind total or subtotal
   * @param published the aggregate cell as published
   * @param partsName how messages name the parts: a {@link Phrase} ("the items", "the items of
   *     section Interventie") or the formula as written
   * @param rounding the table's rounding
   */
  public SumCheck(AggregateKind kind, Cell published, Object partsName, Rounding rounding) {
    this.kind = kind;
    this.published = published;
    this.partsName = partsName;
    this.rounding = rounding;
  }

  /** Adds one contributing cell with weight +1 or -1. */
  public void add(Cell part, int weight) {
    switch (part.getKind()) {
      case NUMBER -> {
        addAmount(part, weight);
        subtractingPart |= weight < 0 ? part.signum() > 0 : part.signum() < 0;
        plusFigures += weight > 0 ? 1 : 0;
        figures++;
        stale = true;
      }
      case PM -> pmParts++;
      case INVALID -> invalidParts++;
      case NOT_APPLICABLE -> notApplicableParts++;
      case NIL, BLANK -> { }
    }
  }

  private void addAmount(Cell part, int weight) {
    int s = part.getCompactScale();
    if (wide == null && s != Integer.MIN_VALUE) {
      try {
        long u = part.getCompactUnscaled();
        if (s > scale) {
          unscaled = Math.multiplyExact(unscaled, tenTo(s - scale));
          scale = s;
        } else if (s < scale) {
          u = Math.multiplyExact(u, tenTo(scale - s));
        }
        unscaled = Math.addExact(unscaled, weight < 0 ? Math.negateExact(u) : u);
        return;
      } catch (ArithmeticException doesNotFit) {
        wide = BigDecimal.valueOf(unscaled, scale);
      }
    }
    if (wide == null) {
      wide = BigDecimal.valueOf(unscaled, scale);
    }
    wide = wide.add(weight < 0 ? part.getAmount().negate() : part.getAmount());
  }

  private static long tenTo(int n) {
    if (n > 18) {
      throw new ArithmeticException("scale step beyond a long");
    }
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  /** Brings the sum and its interval up to date with the parts added since they were last read. */
  private void settle() {
    if (!stale) {
      return;
    }
    stale = false;
    sum = wide != null ? wide : BigDecimal.valueOf(unscaled, scale);
    // Each part a with weight +1 spans [a + lo, a + hi] of the figure's interval at 0; with weight
    // -1, [-a - hi, -a - lo]: so P parts of weight +1 and N of -1 span this.
    Interval unit = Interval.published(BigDecimal.ZERO, rounding);
    BigDecimal p = BigDecimal.valueOf(plusFigures);
    BigDecimal n = BigDecimal.valueOf(figures - plusFigures);
    boolean anyPlus = plusFigures > 0;
    boolean anyMinus = figures > plusFigures;
    sumInterval = new Interval(
        sum.add(p.multiply(unit.lo())).subtract(n.multiply(unit.hi())),
        anyPlus && unit.loOpen() || anyMinus && unit.hiOpen(),
        sum.add(p.multiply(unit.hi())).subtract(n.multiply(unit.lo())),
        anyPlus && unit.hiOpen() || anyMinus && unit.loOpen());
  }

  public AggregateKind getKind() {
    return kind;
  }

  public boolean isTotal() {
    return kind == AggregateKind.TOTAL;
  }

  public boolean isSubtotal() {
    return kind == AggregateKind.SUBTOTAL;
  }

  public boolean isFormula() {
    return kind == AggregateKind.FORMULA;
  }

  public boolean isRowTotal() {
    return kind == AggregateKind.ROW_TOTAL;
  }

  public Cell getPublished() {
    return published;
  }

  public Row getRow() {
    return published.getRow();
  }

  public Column getColumn() {
    return published.getColumn();
  }

  /**
   * The exact weighted sum S of the number parts (nil and blank add 0, PM and not-applicable parts
   * are left out).
   */
  public BigDecimal getSum() {
    settle();
    return sum;
  }

  /** The interval of exact values the parts may add up to, under the table's rounding. */
  public Interval getSumInterval() {
    settle();
    return sumInterval;
  }

  /** n: how many parts are numbers. */
  public int getNumberParts() {
    return figures;
  }

  public int getPmParts() {
    return pmParts;
  }

  public int getInvalidParts() {
    return invalidParts;
  }

  /** How many parts are not applicable ("n.v.t."): left out of the sum, as PM parts are. */
  public int getNotApplicableParts() {
    return notApplicableParts;
  }

  /** True for a not-applicable aggregate: there is no published figure to compare. */
  public boolean isPublishedNotApplicable() {
    return published.isNotApplicable();
  }

  /**
   * True for a blank aggregate cell: the figure is not published, so there is nothing to compare
   * (a blank is never read as a published 0).
   */
  public boolean isPublishedBlank() {
    return published.isBlank();
  }

  /**
   * Says why the sum cannot be judged, for what the facts know of its table ({@link
   * NotCheckable#MISSHAPED_TABLE}, {@link NotCheckable#CYCLIC_FORMULA}, {@link
   * NotCheckable#UNRESOLVED_TERM}, {@link NotCheckable#COLUMN_INVALID}); the first reason given
   * stands.
   *
   * @param at the cell or row that is the cause (the invalid cell, the row that does not fit), or
   *     null
   */
  public void notCheckable(NotCheckable why, Object at) {
    if (notCheckable == null) {
      notCheckable = why;
      notCheckableAt = at;
    }
  }

  /**
   * Why the sum cannot be judged, or null when it can: a reason the facts gave, else an invalid
   * published figure, else an invalid part.
   */
  public NotCheckable getNotCheckable() {
    if (notCheckable != null && notCheckable != NotCheckable.COLUMN_INVALID) {
      return notCheckable;
    }
    if (published.isInvalid()) {
      return NotCheckable.PUBLISHED_INVALID;
    }
    if (invalidParts > 0) {
      return NotCheckable.PART_INVALID;
    }
    return notCheckable;
  }

  /** True when the sum can be judged: see {@link #getNotCheckable()}. */
  public boolean isCheckable() {
    return getNotCheckable() == null;
  }

  /**
   * The arguments of the message that the sum is not checked, keyed by the reason: the variant is
   * the reason's name in lower case with dashes ({@code part-invalid}, {@code column-invalid},
   * {@code misshaped-table}, ...). {@code row} is the label of the row of the cause; for an invalid
   * cell, {@code column} is its column's key and {@code text} its text; for a row that does not
   * fit, {@code values} is how many it has and {@code columns} how many the table has.
   */
  public Args notChecked() {
    NotCheckable why = getNotCheckable();
    Object cause = switch (why) {
      case PART_INVALID -> getParts().stream().filter(c -> c != null && c.isInvalid()).findFirst()
          .orElse(null);
      case PUBLISHED_INVALID -> published;
      default -> notCheckableAt;
    };
    String variant = why.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    if (cause instanceof Cell c) {
      String row = c.getRow() == null ? "" : c.getRow().getLabel().trim();
      return Args.of(variant, "row", row, "column", c.getColumn().getKey(), "text", c.getText())
          .withCells(List.of(c));
    }
    if (cause instanceof Row r) {
      return Args.of(variant, "row", r.getLabel().trim(), "values", r.getValueCount(),
          "columns", r.getTable().getColumnCount()).withCells(r.getCells());
    }
    return Args.of(variant);
  }

  /** True for a PM aggregate (with no PM among its parts, this hides an amount). */
  public boolean isPublishedPm() {
    return published.isPm();
  }

  /** True when the published figure can be compared with the sum: a number, nil or blank. */
  public boolean isComparable() {
    return isCheckable() && !published.isPm() && !published.isNotApplicable();
  }

  /** The published figure as an exact value (blank and nil are exactly 0), or null for PM/invalid. */
  public BigDecimal getPublishedAmount() {
    return published.getCountedAmount();
  }

  /** The interval the published figure stands for: blank and nil are exactly 0. */
  public Interval getPublishedInterval() {
    return published.isNumber()
        ? Interval.published(published.getAmount(), rounding)
        : Interval.ZERO;
  }

  /** True when the published interval meets the parts' interval (XBRL Calculations 1.1). */
  public boolean isConsistent() {
    if (rounding.exactTotals()) {
      // Declared: totals are sums of the printed figures, so no rounding tolerance.
      return isExact();
    }
    return isComparable() && getPublishedInterval().meets(getSumInterval());
  }

  /** True when the published figure equals the exact sum. */
  public boolean isExact() {
    return isComparable() && getPublishedAmount().compareTo(getSum()) == 0;
  }

  /** Published minus sum. */
  /**
   * True when no number part takes away from the sum (no negative amount added, no positive amount
   * subtracted): then PM parts, amounts not yet known of the same kind, can only add to it.
   */
  public boolean isNonNegativeParts() {
    return !subtractingPart;
  }

  /** True when the published figure is inconsistent with the known parts and below their sum. */
  public boolean isBelowParts() {
    return isComparable() && !isConsistent() && getDifference().signum() < 0;
  }

  /**
   * The arguments of the message that a total over PM parts is below what its known parts already
   * add up to: the published cell, the sum of the known parts and how many parts are PM.
   * (Not named {@code belowParts()}: Drools' executable model would take that for a second
   * accessor of the property {@code belowParts}, {@link #isBelowParts()}, and refuse the class.)
   */
  public Args belowKnownParts() {
    return Args.of(null, "published", published, "sum", getSum(), "pmParts", pmParts)
        .withCells(getParts());
  }

  public BigDecimal getDifference() {
    return getPublishedAmount().subtract(getSum());
  }

  /**
   * How far the published figure may lie from the exact sum on the side it lies, given the
   * rounding: the distance from the sum to the end of the range of consistent published figures.
   */
  public BigDecimal getTolerance() {
    Interval self = getPublishedInterval();
    BigDecimal offsetLo = self.lo().subtract(getPublishedAmount());
    BigDecimal offsetHi = self.hi().subtract(getPublishedAmount());
    return getDifference().signum() >= 0
        ? getSumInterval().hi().subtract(offsetLo).subtract(getSum())
        : getSum().subtract(getSumInterval().lo().subtract(offsetHi));
  }

  /** How many rounded figures take part: the number parts and a number aggregate. */
  public int getFigures() {
    return figures + (published.isNumber() ? 1 : 0);
  }

  /**
   * Names where the parts come from, for {@link #getParts()}: the rows whose cells in the published
   * cell's column were added, or, for a row total, the columns of the published cell's row. The
   * list is shared between checks, not copied.
   */
  public void partsFrom(List<?> rowsOrColumns) {
    partSource = rowsOrColumns;
  }

  /** The cells that took part: the parts added, in the order added. */
  public List<Cell> getParts() {
    List<Cell> out = new ArrayList<>();
    for (Object o : partSource) {
      if (o instanceof Row r) {
        out.add(r.cell(published.getColumn()));
      } else if (o instanceof Column c && published.getRow() != null) {
        out.add(published.getRow().cell(c));
      }
    }
    return out;
  }

  /**
   * The arguments of the message that the aggregate does not add up. Variants: {@code pm-hides} (a
   * PM aggregate over no PM part), {@code exact} (no rounding declared), {@code reaches} (the
   * difference is exactly the open end of the tolerance), {@code exceeds}.
   */
  public Args mismatch() {
    if (published.isPm()) {
      return Args.of("pm-hides", "parts", partsName, "sum", getSum()).withCells(getParts());
    }
    if (rounding.exactTotals()) {
      return Args.of("exact-totals", "published", published, "parts", partsName, "sum", getSum(),
          "difference", getDifference(), "step", strip(rounding.step())).withCells(getParts());
    }
    if (!rounding.isDeclared()) {
      return Args.of("exact", "published", published, "parts", partsName, "sum", getSum(),
          "difference", getDifference()).withCells(getParts());
    }
    // Only an open end of an up- or down-rounded interval is missed by exactly the tolerance.
    String variant = getDifference().abs().compareTo(getTolerance()) == 0 ? "reaches" : "exceeds";
    return toleranceArgs(variant);
  }

  /** The arguments of the message that the aggregate differs from the sum within the rounding. */
  public Args roundingDifference() {
    return toleranceArgs(null);
  }

  private Args toleranceArgs(String variant) {
    String source = published.getRow() == null ? null
        : published.getRow().getTable().getRoundingSource();
    Phrase rounded = switch (rounding.mode()) {
      case UP -> Phrase.of("phrase.rounded-up", "step", strip(rounding.step()));
      case DOWN -> Phrase.of("phrase.rounded-down", "step", strip(rounding.step()));
      case NEAREST -> Phrase.of("phrase.rounded-nearest", "step", strip(rounding.step()));
      // exact figures are never consistent without being equal, nor within a tolerance
      case NONE -> throw new IllegalStateException("figures that are exact have no tolerance");
    };
    return Args.of(variant, "published", published, "parts", partsName, "sum", getSum(),
        "difference", getDifference(), "tolerance", strip(getTolerance()),
        "figures", getFigures(), "rounded", rounded,
        "declared", source == null ? "" : Phrase.of("phrase.rounding-declared-in", "source", source))
        .withCells(getParts());
  }

  private static BigDecimal strip(BigDecimal v) {
    return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
  }

  static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }
}

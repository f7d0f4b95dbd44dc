package org.agendacheck.engine;

import java.math.BigDecimal;
import java.util.Objects;
import org.agendacheck.model.Rounding;

/**
 * An interval of exact values with open or closed ends: the values a rounded figure may stand for.
 *
 * <p>This is the interval reading of rounding that XBRL Calculations 1.1 uses: a published figure is
 * the interval of exact values that round to it, weighted figures are added end by end, and a total
 * is consistent with its parts when the two intervals meet.
 */
public final class Interval {
  /** Exactly zero. */
  public static final Interval ZERO = point(BigDecimal.ZERO);

  private final BigDecimal lo;
  private final boolean loOpen;
  private final BigDecimal hi;
  private final boolean hiOpen;

  public Interval(BigDecimal lo, boolean loOpen, BigDecimal hi, boolean hiOpen) {
    this.lo = Objects.requireNonNull(lo);
    this.hi = Objects.requireNonNull(hi);
    this.loOpen = loOpen;
    this.hiOpen = hiOpen;
  }

  public static Interval point(BigDecimal value) {
    return new Interval(value, false, value, false);
  }

  /**
   * The exact values a published figure stands for under a rounding: the figure itself when exact;
   * [x - s/2, x + s/2] for nearest; (x - s, x] for up; [x, x + s) for down.
   */
  public static Interval published(BigDecimal figure, Rounding rounding) {
    BigDecimal s = rounding.step();
    return switch (rounding.mode()) {
      case NONE -> point(figure);
      case NEAREST -> {
        BigDecimal half = s.divide(BigDecimal.valueOf(2));
        yield new Interval(figure.subtract(half), false, figure.add(half), false);
      }
      case UP -> new Interval(figure.subtract(s), true, figure, false);
      case DOWN -> new Interval(figure, false, figure.add(s), true);
    };
  }

  public BigDecimal lo() {
    return lo;
  }

  public BigDecimal hi() {
    return hi;
  }

  public boolean loOpen() {
    return loOpen;
  }

  public boolean hiOpen() {
    return hiOpen;
  }

  /** End-by-end sum; an end is open when either added end is. */
  public Interval plus(Interval o) {
    return new Interval(lo.add(o.lo), loOpen || o.loOpen, hi.add(o.hi), hiOpen || o.hiOpen);
  }

  /** The interval times -1: the ends swap, and so does which end is open. */
  public Interval negate() {
    return new Interval(hi.negate(), hiOpen, lo.negate(), loOpen);
  }

  /** The interval weighted by +1 or -1. */
  public Interval times(int weight) {
    if (weight == 1) {
      return this;
    }
    if (weight == -1) {
      return negate();
    }
    throw new IllegalArgumentException("weight must be +1 or -1: " + weight);
  }

  /** True when the two intervals share at least one value. */
  public boolean meets(Interval o) {
    int c = lo.compareTo(o.lo);
    BigDecimal l = c >= 0 ? lo : o.lo;
    boolean lOpen = c > 0 ? loOpen : c < 0 ? o.loOpen : loOpen || o.loOpen;
    int d = hi.compareTo(o.hi);
    BigDecimal h = d <= 0 ? hi : o.hi;
    boolean hOpen = d < 0 ? hiOpen : d > 0 ? o.hiOpen : hiOpen || o.hiOpen;
    int e = l.compareTo(h);
    return e < 0 || (e == 0 && !lOpen && !hOpen);
  }

  /** True when the value lies in the interval. */
  public boolean contains(BigDecimal v) {
    return meets(point(v));
  }

  /** The width of the interval (hi - lo). */
  public BigDecimal width() {
    return hi.subtract(lo);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Interval i
        && lo.compareTo(i.lo) == 0
        && hi.compareTo(i.hi) == 0
        && loOpen == i.loOpen
        && hiOpen == i.hiOpen;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lo.stripTrailingZeros(), hi.stripTrailingZeros(), loOpen, hiOpen);
  }

  /** Mathematical notation: "(1105, 1115]". */
  @Override
  public String toString() {
    return (loOpen ? "(" : "[") + lo.toPlainString() + ", " + hi.toPlainString() + (hiOpen ? ")" : "]");
  }
}

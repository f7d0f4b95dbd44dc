package org.agendacheck.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a table's figures were rounded.
 *
 * @param mode the rounding direction
 * @param step the multiple figures were rounded to (positive; ignored for {@link RoundingMode#NONE})
 * @param exactTotals true when the totals are declared to be exact sums of the printed (rounded)
 *     figures ({@code "totals": "exact"}), so they are checked without a rounding tolerance
 */
public record Rounding(RoundingMode mode, BigDecimal step, boolean exactTotals) {
  /** Exact figures. */
  public static final Rounding NONE = new Rounding(RoundingMode.NONE, BigDecimal.ZERO);

  /** A rounding whose totals stand for the exact values of their parts (the interval reading). */
  public Rounding(RoundingMode mode, BigDecimal step) {
    this(mode, step, false);
  }

  /** This rounding with totals that are exact sums of the printed figures, or not. */
  public Rounding withExactTotals(boolean exact) {
    return new Rounding(mode, step, exact && mode != RoundingMode.NONE);
  }

  /**
   * Reads the {@code totals} key of a rounding declaration: {@code "exact"} (totals are sums of the
   * printed figures) or {@code "interval"} (the default: totals stand for the exact values).
   *
   * @return true for exact, false for interval, null for anything else
   */
  public static Boolean parseTotals(String name) {
    return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "exact" -> Boolean.TRUE;
      case "interval" -> Boolean.FALSE;
      default -> null;
    };
  }

  public Rounding {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(step, "step");
    if (mode != RoundingMode.NONE && step.signum() <= 0) {
      throw new IllegalArgumentException("rounding step must be positive");
    }
  }

  public boolean isDeclared() {
    return mode != RoundingMode.NONE;
  }

  /** True when the amount is a whole multiple of the step. */
  public boolean isMultiple(BigDecimal amount) {
    return !isDeclared() || amount.remainder(step).signum() == 0;
  }

  /**
   * As {@link #isMultiple(BigDecimal)} for a number cell: a table of a million rows asks it of
   * every cell, so an amount that fits a long is tested on its digits, without a BigDecimal.
   */
  public boolean isMultiple(Cell c) {
    if (!isDeclared()) {
      return true;
    }
    int s = c.getCompactScale();
    if (s != Integer.MIN_VALUE && step.precision() <= 18 && step.scale() >= 0) {
      try {
        long u = c.getCompactUnscaled();
        long stepU = unscaledStep();
        int shift = s - step.scale();
        if (shift >= 0) {
          return u % Math.multiplyExact(stepU, tenTo(shift)) == 0;
        }
        return Math.multiplyExact(u, tenTo(-shift)) % stepU == 0;
      } catch (ArithmeticException beyondLong) {
        // the exact test below
      }
    }
    return isMultiple(c.getAmount());
  }

  /** The last step asked about, as a whole number of its last digit: one table asks millions of times. */
  private static volatile Object[] lastStep = {null, 0L};

  private long unscaledStep() {
    Object[] last = lastStep;
    if (last[0] == step) {
      return (Long) last[1];
    }
    long u = step.unscaledValue().longValueExact();
    lastStep = new Object[] {step, u};
    return u;
  }

  private static long tenTo(int n) {
    if (n > 18) {
      throw new ArithmeticException("beyond a long");
    }
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  /**
   * True when some number among the cells is not a multiple of the step: rules test it on a row
   * before they look at its cells one by one, so that rows whose numbers all fit cost one test.
   */
  public boolean anyNotMultiple(java.util.List<Cell> cells) {
    for (Cell c : cells) {
      if (c.isNumber() && !isMultiple(c)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return isDeclared() ? mode.contractName() + " to " + step.toPlainString()
        + (exactTotals ? ", totals exact" : "") : "none";
  }
}

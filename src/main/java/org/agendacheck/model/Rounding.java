package org.agendacheck.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a table's figures were rounded.
 *
 * @param mode the rounding direction
 * @param step the multiple figures were rounded to (positive; ignored for {@link RoundingMode#NONE})
 */
public record Rounding(RoundingMode mode, BigDecimal step) {
  /** Exact figures. */
  public static final Rounding NONE = new Rounding(RoundingMode.NONE, BigDecimal.ZERO);

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
   * True when some number among the cells is not a multiple of the step: rules test it on a row
   * before they look at its cells one by one, so that rows whose numbers all fit cost one test.
   */
  public boolean anyNotMultiple(java.util.List<Cell> cells) {
    for (Cell c : cells) {
      if (c.isNumber() && !isMultiple(c.getAmount())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return isDeclared() ? mode.contractName() + " to " + step.toPlainString() : "none";
  }
}

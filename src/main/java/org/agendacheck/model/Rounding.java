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

  @Override
  public String toString() {
    return isDeclared() ? mode.contractName() + " to " + step.toPlainString() : "none";
  }
}

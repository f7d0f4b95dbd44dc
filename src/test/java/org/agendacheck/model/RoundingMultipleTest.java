package org.agendacheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test on a cell's digits answers as the exact test on its amount, for every step and scale. */
class RoundingMultipleTest {
  private static final List<String> STEPS = List.of("5", "0.5", "1", "10", "0.25", "100", "0.001");
  private static final List<String> AMOUNTS = List.of("0", "5", "-5", "7", "2.5", "2.50", "-2.5",
      "15.000", "0.001", "0.25", "-0.75", "1E+2", "3E+1", "1234567890123456785",
      "922337203685477580.5", "99999999999999999.75", "-9223372036854775808", "12.3456789");

  @Test
  void cellDigitsAgreeWithTheExactRemainder() {
    for (String step : STEPS) {
      Rounding r = new Rounding(RoundingMode.NEAREST, new BigDecimal(step));
      for (String amount : AMOUNTS) {
        BigDecimal a = new BigDecimal(amount);
        Cell c = Cell.number(a, null, 1, 1);
        assertEquals(a.remainder(new BigDecimal(step)).signum() == 0, r.isMultiple(c),
            amount + " by " + step);
        assertEquals(a.signum(), c.signum(), amount);
      }
    }
  }
}

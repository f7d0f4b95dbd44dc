package org.agendacheck.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendacheck.model.Cell;

/**
 * What a derived fact tells a finding about itself: the variant of its rule's message (null for
 * the rule's only message), the named arguments of the template, and the cells that took part.
 *
 * @param variant the template variant, appended to the rule id ("pm-hides" gives {@code
 *     total-sum.pm-hides}), or null
 * @param values the named, typed arguments (amounts as BigDecimal, cells, locations, text, numbers);
 *     a null value gives no argument
 * @param cells the cells that took part (the items of a sum, the terms of a formula, the referenced
 *     cell)
 */
public record Args(String variant, Map<String, Object> values, List<Cell> cells) {
  public Args {
    // a null value gives no argument, as Finding.arg does: a template cannot name what is not there
    Map<String, Object> given = new LinkedHashMap<>(values);
    given.values().removeIf(java.util.Objects::isNull);
    values = Collections.unmodifiableMap(given);
    cells = List.copyOf(cells);
  }

  /** Arguments with name, value pairs. */
  public static Args of(String variant, Object... namesAndValues) {
    return new Args(variant, pairs(namesAndValues), List.of());
  }

  /** These arguments with the cells that took part. */
  public Args withCells(List<Cell> contributing) {
    List<Cell> all = new ArrayList<>(cells);
    for (Cell c : contributing) {
      if (c != null) {
        all.add(c);
      }
    }
    return new Args(variant, values, all);
  }

  static Map<String, Object> pairs(Object[] namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name, value pairs");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }
}

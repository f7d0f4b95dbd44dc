package org.agendacheck.engine;

import java.util.List;

/**
 * A message argument of several items printed with a separator of its own ("row 7 → row 3 → row 7").
 *
 * @param items the items, each put into words as an argument is
 * @param separator what stands between two items
 */
public record Joined(List<?> items, String separator) {
  public Joined {
    items = List.copyOf(items);
  }
}

package org.agendacheck.model;

import java.util.Locale;

/** What a row is in its table's arithmetic. */
public enum RowRole {
  /** A line item: summed into its section's subtotal and the total. */
  ITEM,
  /** Sums the item rows of its section. */
  SUBTOTAL,
  /** Sums all item rows. */
  TOTAL,
  /**
   * A "waarvan" / "of which" row, or a percentage row: shown, never summed into anything, and of
   * the value checks only invalid-value and pm-entry look at it.
   */
  MEMO;

  /** The role for a contract name ("item", "subtotal", "total"), or null when unknown. */
  public static RowRole parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "item" -> ITEM;
      case "subtotal" -> SUBTOTAL;
      case "total" -> TOTAL;
      case "memo" -> MEMO;
      default -> null;
    };
  }

  public String contractName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

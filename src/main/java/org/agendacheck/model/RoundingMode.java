package org.agendacheck.model;

import java.util.Locale;

/** How published figures were rounded to their step. */
public enum RoundingMode {
  /** Figures are exact. */
  NONE,
  /** Rounded up to the multiple of the step at or above the exact value. */
  UP,
  /** Rounded down to the multiple of the step at or below the exact value. */
  DOWN,
  /** Rounded to the nearest multiple of the step. */
  NEAREST;

  /** The mode for a contract name, or null when unknown. */
  public static RoundingMode parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "none" -> NONE;
      case "up" -> UP;
      case "down" -> DOWN;
      case "nearest" -> NEAREST;
      default -> null;
    };
  }

  public String contractName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

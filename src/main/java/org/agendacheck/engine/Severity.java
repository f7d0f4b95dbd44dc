package org.agendacheck.engine;

import java.util.Locale;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The severity for a name ("error", "warning", "info"; any case), or null when unknown. */
  public static Severity parse(String name) {
    if (name == null) {
      return null;
    }
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "error" -> ERROR;
      case "warning" -> WARNING;
      case "info" -> INFO;
      default -> null;
    };
  }

  /** True when this severity is as serious as the threshold or more. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

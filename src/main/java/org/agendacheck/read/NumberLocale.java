package org.agendacheck.read;

import java.util.Locale;

/** How numbers written as text are read: which mark is the decimal mark. */
public enum NumberLocale {
  /** Dutch: {@code 1.110,5} is one thousand one hundred ten and a half. The default. */
  NL('.', ','),
  /** English: {@code 1,110.5} is one thousand one hundred ten and a half. */
  EN(',', '.');

  private final char grouping;
  private final char decimal;

  NumberLocale(char grouping, char decimal) {
    this.grouping = grouping;
    this.decimal = decimal;
  }

  /** The thousands separator. */
  public char grouping() {
    return grouping;
  }

  /** The decimal mark. */
  public char decimal() {
    return decimal;
  }

  /** The locale for a name ("nl", "en", any case), or null when unknown. */
  public static NumberLocale parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "nl" -> NL;
      case "en" -> EN;
      default -> null;
    };
  }
}

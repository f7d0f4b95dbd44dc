package org.agendacheck.engine;

import java.util.Locale;

/** The languages findings, summaries and rule descriptions are written in. */
public enum Language {
  /** English; amounts as {@code 1,510.5}. */
  EN(',', '.'),
  /** Dutch; amounts as {@code 1.510,5}. */
  NL('.', ',');

  private final char grouping;
  private final char decimal;

  Language(char grouping, char decimal) {
    this.grouping = grouping;
    this.decimal = decimal;
  }

  /** The language for a code ("en", "nl"; any case), or null when there is none. */
  public static Language parse(String code) {
    if (code == null) {
      return null;
    }
    return switch (code.trim().toLowerCase(Locale.ROOT)) {
      case "en" -> EN;
      case "nl" -> NL;
      default -> null;
    };
  }

  /** The language's code: "en", "nl". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The character between groups of three digits. */
  public char grouping() {
    return grouping;
  }

  /** The decimal mark. */
  public char decimal() {
    return decimal;
  }
}

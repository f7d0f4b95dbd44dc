package org.agendacheck.read;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;

/**
 * Reads an amount as it is printed in a published table: Dutch or English digit grouping, a euro
 * sign, non-breaking and thin spaces, the minus sign U+2212, brackets for negatives, PM and dashes.
 *
 * <p>A number whose only separator can be read either as the locale's decimal mark or as the other
 * locale's thousands separator ({@code 1,110} in a Dutch table) is read the locale's way and keeps
 * the other reading, so the {@code ambiguous-number} rule can report both.
 */
public final class AmountText {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F\\u200A]+");

  private AmountText() {}

  /**
   * What a text cell holds.
   *
   * @param kind number, PM, nil, blank or invalid
   * @param amount the amount of a number (0 for nil), else null
   * @param otherReading for an ambiguous number, the amount of the other reading, else null
   */
  public record Reading(CellKind kind, BigDecimal amount, BigDecimal otherReading) {
    /** The reading as a model cell. */
    public Cell toCell(String text, int line, int col) {
      Cell c = kind == CellKind.NUMBER ? Cell.number(amount, text, line, col)
          : Cell.of(kind, text, line, col);
      return otherReading == null ? c : c.withOtherReading(otherReading);
    }
  }

  /** True when the text is a value token: a number, PM or a dash (not blank, not other text). */
  public static boolean isValue(String text, NumberLocale locale) {
    CellKind k = read(text, locale).kind();
    return k == CellKind.NUMBER || k == CellKind.PM || k == CellKind.NIL;
  }

  /** Reads one cell's text. Never throws. */
  public static Reading read(String text, NumberLocale locale) {
    if (text == null) {
      return new Reading(CellKind.BLANK, null, null);
    }
    String t = SPACES.matcher(text).replaceAll("");
    if (t.isEmpty()) {
      return new Reading(CellKind.BLANK, null, null);
    }
    String lower = t.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "pm", "p.m.", "p.m" -> {
        return new Reading(CellKind.PM, null, null);
      }
      case "-", "\u2013", "\u2014", "\u2212", "--" -> {
        return new Reading(CellKind.NIL, BigDecimal.ZERO, null);
      }
      default -> { }
    }
    boolean negative = false;
    if (t.length() > 2 && t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')') {
      negative = true;
      t = t.substring(1, t.length() - 1);
    }
    t = stripCurrency(t);
    if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '\u2212' || t.charAt(0) == '\u2013')) {
      if (negative) {
        return invalid();
      }
      negative = true;
      t = stripCurrency(t.substring(1));
    } else if (!t.isEmpty() && t.charAt(0) == '+') {
      t = stripCurrency(t.substring(1));
    }
    Reading r = unsigned(t, locale);
    if (r.kind() != CellKind.NUMBER || !negative) {
      return r;
    }
    return new Reading(CellKind.NUMBER, r.amount().negate(),
        r.otherReading() == null ? null : r.otherReading().negate());
  }

  private static String stripCurrency(String t) {
    String u = t;
    if (u.startsWith("\u20AC")) {
      u = u.substring(1);
    } else if (u.regionMatches(true, 0, "EUR", 0, 3)) {
      u = u.substring(3);
    }
    if (u.endsWith("\u20AC")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  private static Reading unsigned(String t, NumberLocale locale) {
    if (t.isEmpty()) {
      return invalid();
    }
    if (DIGITS.matcher(t).matches()) {
      return number(new BigDecimal(t));
    }
    int dots = count(t, '.');
    int commas = count(t, ',');
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (!(ch >= '0' && ch <= '9') && ch != '.' && ch != ',') {
        return invalid();
      }
    }
    if (dots > 0 && commas > 0) {
      // the mark that comes last is the decimal mark; the other groups thousands
      char decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
      char grouping = decimal == '.' ? ',' : '.';
      if (count(t, decimal) != 1) {
        return invalid();
      }
      int at = t.lastIndexOf(decimal);
      String whole = t.substring(0, at);
      String frac = t.substring(at + 1);
      if (!GROUPED.matcher(whole).matches() || whole.indexOf(decimal) >= 0
          || !DIGITS.matcher(frac).matches()) {
        return invalid();
      }
      return number(new BigDecimal(whole.replace(String.valueOf(grouping), "") + "." + frac));
    }
    char sep = dots > 0 ? '.' : ',';
    int n = dots + commas;
    if (n > 1) {
      // a repeated mark can only group thousands
      return GROUPED.matcher(t).matches() ? number(new BigDecimal(t.replace(String.valueOf(sep), "")))
          : invalid();
    }
    int at = t.indexOf(sep);
    String whole = t.substring(0, at);
    String frac = t.substring(at + 1);
    if (frac.isEmpty() || !DIGITS.matcher(frac).matches()) {
      return invalid();
    }
    if (whole.isEmpty()) {
      whole = "0";
    }
    BigDecimal asDecimal = new BigDecimal(whole + "." + frac);
    boolean couldGroup = frac.length() == 3 && whole.length() <= 3 && whole.charAt(0) != '0';
    if (!couldGroup) {
      return number(asDecimal);
    }
    BigDecimal asGrouped = new BigDecimal(whole + frac);
    if (sep == locale.grouping()) {
      return number(asGrouped);
    }
    return new Reading(CellKind.NUMBER, asDecimal, asGrouped);
  }

  private static Reading number(BigDecimal d) {
    return new Reading(CellKind.NUMBER, d, null);
  }

  private static Reading invalid() {
    return new Reading(CellKind.INVALID, null, null);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}

package org.agendacheck.read;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;

/**
 * Reads an amount as it is printed in a published table: Dutch or English digit grouping, a euro
 * sign, non-breaking and thin spaces, every minus a document prints (hyphen, U+2012 figure dash,
 * U+2013 en dash, U+2212 minus, the Dutch {@code -/-}), brackets for negatives, PM, dashes,
 * not-applicable marks ({@code n.v.t.}, {@code n.a.}, {@code ...}, {@code x}, {@code .}), a footnote
 * mark after a number ({@code 537,7*}, {@code 1.234¹}) and a percent sign ({@code 0,88 %}).
 *
 * <p>The digits are counted before any {@link BigDecimal} is made: a number with more than
 * {@value #MAX_DIGITS} digits is an invalid value, so a line of a million digits costs a scan, not
 * a quadratic parse.
 *
 * <p>A number whose only separator can be read either as the locale's decimal mark or as the other
 * locale's thousands separator ({@code 1,110} in a Dutch table) is read the locale's way and keeps
 * the other reading, so the {@code ambiguous-number} rule can report both.
 */
public final class AmountText {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");
  static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F\\u200A]+");
  /** At most this many characters in a number; more is no budget amount. */
  static final int MAX_DIGITS = 100;
  /** Characters that print a minus sign: hyphen, figure dash, en dash, minus sign, small and full-width hyphen-minus. */
  private static final String MINUS = "-\u2012\u2013\u2212\uFE63\uFF0D";
  /** Superscript digits and marks a footnote reference is printed with. */
  private static final String SUPERSCRIPT = "\u00B9\u00B2\u00B3\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u207E\u207D";

  private AmountText() {}

  /**
   * What a text cell holds.
   *
   * @param kind number, PM, nil, blank, invalid or not applicable
   * @param amount the amount of a number (0 for nil), else null
   * @param otherReading for an ambiguous number, the amount of the other reading, else null
   * @param footnote the footnote mark printed after a number ("*", "1" for "¹"), else null
   * @param percent true for a number printed with a percent sign
   */
  public record Reading(CellKind kind, BigDecimal amount, BigDecimal otherReading, String footnote,
      boolean percent) {
    /** A reading without footnote mark or percent sign. */
    public Reading(CellKind kind, BigDecimal amount, BigDecimal otherReading) {
      this(kind, amount, otherReading, null, false);
    }

    /** The reading as a model cell. */
    public Cell toCell(String text, int line, int col) {
      Cell c = kind == CellKind.NUMBER ? Cell.number(amount, text, line, col)
          : Cell.of(kind, text, line, col);
      c = otherReading == null ? c : c.withOtherReading(otherReading);
      return footnote == null ? c : c.withFootnote(footnote);
    }
  }

  /**
   * True when the text is a value token: a number, PM, a dash or a not-applicable mark (not blank,
   * not other text).
   */
  public static boolean isValue(String text, NumberLocale locale) {
    CellKind k = read(text, locale).kind();
    return k == CellKind.NUMBER || k == CellKind.PM || k == CellKind.NIL
        || k == CellKind.NOT_APPLICABLE || tooManyDigits(text);
  }

  /**
   * True for a figure written with more digits than are read (only digits, separators and a
   * sign): it stands where a value stands, and reads as an invalid value, not as label text.
   */
  static boolean tooManyDigits(String text) {
    if (text == null || text.length() <= MAX_DIGITS) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (" .,-'\u00a0\u2212".indexOf(c) < 0) {
        return false;
      }
    }
    return digits > MAX_DIGITS;
  }

  /**
   * True for the marks of a value that does not apply or is not available: {@code n.v.t.},
   * {@code nvt}, {@code n.a.}, {@code n/a}, {@code n.b.} (niet beschikbaar), {@code ...},
   * {@code ..} (not available, as the UK Treasury prints it) or {@code …}, {@code x} and a lone {@code .} (any case, spaces ignored).
   */
  public static boolean isNotApplicable(String text) {
    if (text == null) {
      return false;
    }
    String t = withoutSpaces(text).toLowerCase(Locale.ROOT);
    return switch (t) {
      case "n.v.t.", "n.v.t", "nvt", "nvt.", "n.a.", "n.a", "n/a", "n.b.", "n.b", "...", "..",
          "\u2026", "x", "." -> true;
      default -> false;
    };
  }

  /** True for a lone dash of any kind: nil unless the document says its dash means not applicable. */
  public static boolean isDash(String text) {
    if (text == null) {
      return false;
    }
    String t = withoutSpaces(text);
    return switch (t) {
      case "-", "\u2012", "\u2013", "\u2014", "\u2212", "--", "\u2015" -> true;
      default -> false;
    };
  }

  private static final Pattern DASH_LEGEND = Pattern.compile(
      "(?:^|\\s)[-\u2012\u2013\u2014\u2212]\\s*[=:]\\s*(?:niet van toepassing|n\\.v\\.t\\.?|nvt|not applicable"
      + "|n\\.a\\.?|niet beschikbaar|not available)", Pattern.CASE_INSENSITIVE);

  /**
   * True when a line of the document states that its dash means not applicable ("– = niet van
   * toepassing", "– : n.v.t.", "- = not applicable").
   */
  public static boolean declaresDashNotApplicable(String line) {
    return line != null && line.length() < 400 && DASH_LEGEND.matcher(line).find();
  }

  /** Reads one cell's text, a lone dash as nil. Never throws. */
  public static Reading read(String text, NumberLocale locale) {
    return read(text, locale, false);
  }

  /**
   * Reads one cell's text. Never throws.
   *
   * @param dashNotApplicable true where the document states that its dash means "not applicable"
   *     rather than nil
   */
  public static Reading read(String text, NumberLocale locale, boolean dashNotApplicable) {
    if (text == null) {
      return new Reading(CellKind.BLANK, null, null);
    }
    if (text.length() > 4 * MAX_DIGITS) {
      return invalid();
    }
    String t = withoutSpaces(text);
    if (t.isEmpty()) {
      return new Reading(CellKind.BLANK, null, null);
    }
    String lower = t.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "pm", "p.m.", "p.m", "pm." -> {
        return new Reading(CellKind.PM, null, null);
      }
      default -> { }
    }
    if (isDash(t)) {
      return dashNotApplicable ? new Reading(CellKind.NOT_APPLICABLE, null, null)
          : new Reading(CellKind.NIL, BigDecimal.ZERO, null);
    }
    if (isNotApplicable(t)) {
      return new Reading(CellKind.NOT_APPLICABLE, null, null);
    }
    boolean percent = false;
    if (t.endsWith("%")) {
      percent = true;
      t = t.substring(0, t.length() - 1);
    }
    String footnote = null;
    int end = t.length();
    while (end > 1 && (t.charAt(end - 1) == '*' || SUPERSCRIPT.indexOf(t.charAt(end - 1)) >= 0)) {
      end--;
    }
    if (end < t.length() && end > 0 && Character.isDigit(t.charAt(end - 1)) || end < t.length()
        && end > 0 && t.charAt(end - 1) == ')') {
      footnote = superscriptToDigits(t.substring(end));
      t = t.substring(0, end);
    }
    boolean negative = false;
    if (t.startsWith("-/-") || t.startsWith("\u2212/\u2212") || t.startsWith("\u2013/\u2013")) {
      negative = true;
      t = stripCurrency(t.substring(3));
    }
    if (t.length() > 2 && t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')') {
      if (negative) {
        return invalid();
      }
      negative = true;
      t = t.substring(1, t.length() - 1);
    }
    t = stripCurrency(t);
    if (!t.isEmpty() && MINUS.indexOf(t.charAt(0)) >= 0) {
      if (negative) {
        return invalid();
      }
      negative = true;
      t = stripCurrency(t.substring(1));
    } else if (!t.isEmpty() && t.charAt(0) == '+') {
      t = stripCurrency(t.substring(1));
    }
    Reading r = unsigned(t, locale);
    if (r.kind() != CellKind.NUMBER) {
      return r;
    }
    BigDecimal amount = negative ? r.amount().negate() : r.amount();
    BigDecimal other = r.otherReading() == null ? null
        : negative ? r.otherReading().negate() : r.otherReading();
    return new Reading(CellKind.NUMBER, amount, other, footnote, percent);
  }

  private static String superscriptToDigits(String mark) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < mark.length(); i++) {
      char c = mark.charAt(i);
      b.append(switch (c) {
        case '\u00B9' -> '1';
        case '\u00B2' -> '2';
        case '\u00B3' -> '3';
        case '\u2070' -> '0';
        case '\u207D' -> '(';
        case '\u207E' -> ')';
        default -> c >= '\u2074' && c <= '\u2079' ? (char) ('4' + (c - '\u2074')) : c;
      });
    }
    return b.toString();
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
    if (t.isEmpty() || t.length() > MAX_DIGITS + MAX_DIGITS / 3) {
      return invalid();
    }
    int digits = 0;
    for (int i = 0; i < t.length(); i++) {
      digits += Character.isDigit(t.charAt(i)) ? 1 : 0;
    }
    if (digits > MAX_DIGITS) {
      return invalid();
    }
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (!(ch >= '0' && ch <= '9') && ch != '.' && ch != ',') {
        return invalid();
      }
    }
    int dots = count(t, '.');
    int commas = count(t, ',');
    if (dots == 0 && commas == 0) {
      return number(new BigDecimal(t));
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

  /**
   * The text without the spaces {@link #SPACES} matches, the text itself when it has none: a
   * large table reads millions of cells, most of them without a space.
   */
  static String withoutSpaces(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !isSpace(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder b = new StringBuilder(n).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A character of {@link #SPACES}: {@code \s} (space, tab to carriage return) and the wide spaces. */
  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u2007' || c == '\u2009'
        || c == '\u202F' || c == '\u200A';
  }

  private static Reading number(BigDecimal d) {
    return new Reading(CellKind.NUMBER, d, null);
  }

  private static Reading invalid() {
    return new Reading(CellKind.INVALID, null, null);
  }

  /** How often a character stands in a text. */
  static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}

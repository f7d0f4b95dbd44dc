package org.agendacheck.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendacheck.model.RoundingMode;

/**
 * What a document says about its tables in words: the unit ("Bedragen in € mln", "Bedragen x € 1
 * mln") and the rounding ("afgerond op vijftallen", "op vijftallen naar boven afgerond", "door
 * afronding kunnen totalen afwijken").
 */
final class DeclaredText {
  private static final Pattern UNIT = Pattern.compile(
      "(?i)(?:bedragen|amounts?)\\s*(?:in|x|×)\\s*(?:€|eur(?:o)?)\\s*(?:1\\s+)?"
          + "(mln|miljoen|million|mld|miljard|billion|1\\.000|1,000|1000|duizend|dzd|thousand)");
  private static final Pattern POUNDS = Pattern.compile(
      "(?i)\u00A3\\s*(million|m\\b|billion|bn|thousand|000)");
  private static final Pattern STEP = Pattern.compile(
      "(vijf|tien|vijfentwintig|vijftig|honderd|duizend)tallen");
  private static final Pattern EN_STEP = Pattern.compile(
      "rounded\\s+(up|down)?\\s*to\\s+(?:the\\s+nearest\\s+)?(?:multiples?\\s+of\\s+)?(\\d+)");
  private static final Pattern MARKER = Pattern.compile(
      "^\\s*([\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+|\\d{1,2}[.)]?)\\s+\\S");
  private static final Pattern SUPERSCRIPT = Pattern.compile("[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+");

  /** A paragraph longer than this states no rounding: the patterns are not tried on it. */
  private static final int MAX_STATEMENT = 20_000;

  private DeclaredText() {}

  /** The unit a text names, normalised ("EUR mln"), or null. */
  static String unit(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = UNIT.matcher(text);
    if (!m.find()) {
      Matcher p = POUNDS.matcher(text);
      if (!p.find()) {
        return null;
      }
      String u = p.group(1).toLowerCase(Locale.ROOT);
      return "GBP " + (u.startsWith("b") ? "bn" : u.startsWith("m") ? "mln" : "1000");
    }
    return switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "mln", "miljoen", "million" -> "EUR mln";
      case "mld", "miljard", "billion" -> "EUR mld";
      default -> "EUR 1000";
    };
  }

  /**
   * A rounding statement.
   *
   * @param mode the rounding direction
   * @param step the step, or null for "at the last digit shown"
   * @param marker the footnote marker the statement stands under (superscript digits), or null
   * @param line 1-based line (or paragraph) of the statement
   * @param phrase the sentence that says it
   */
  record Statement(RoundingMode mode, BigDecimal step, String marker, int line, String phrase) {
    String describe(String lineWord) {
      String p = phrase.length() > 100 ? phrase.substring(0, 97) + "..." : phrase;
      return (marker != null ? "footnote " + marker + ", " : "") + lineWord + " " + line + ": \""
          + p + "\"";
    }
  }

  /** The rounding statement in one line of text, or null. */
  static Statement rounding(String text, int line) {
    if (text == null || text.length() > MAX_STATEMENT) {
      return null;
    }
    String t = text.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    String marker = null;
    Matcher mk = MARKER.matcher(t);
    if (mk.find()) {
      String m = mk.group(1);
      marker = SUPERSCRIPT.matcher(m).matches() ? m : superscript(m.replaceAll("[.)]", ""));
    }
    for (String sentence : t.split("(?<=[.;])\\s+|\\(|\\)")) {
      String s = sentence.toLowerCase(Locale.ROOT);
      Matcher step = STEP.matcher(s);
      if (s.contains("afgerond") && step.find()) {
        BigDecimal st = stepOf(step.group(1));
        RoundingMode mode = s.contains("naar boven") ? RoundingMode.UP
            : s.contains("naar beneden") ? RoundingMode.DOWN : RoundingMode.NEAREST;
        return new Statement(mode, st, marker, line, sentence.trim());
      }
      Matcher en = EN_STEP.matcher(s);
      if (en.find()) {
        RoundingMode mode = "up".equals(en.group(1)) ? RoundingMode.UP
            : "down".equals(en.group(1)) ? RoundingMode.DOWN : RoundingMode.NEAREST;
        return new Statement(mode, new BigDecimal(en.group(2)), marker, line, sentence.trim());
      }
      if ((s.contains("afronding") && (s.contains("afwijk") || s.contains("verschil")))
          || s.contains("afrondingsverschil") || s.contains("due to rounding")) {
        return new Statement(RoundingMode.NEAREST, null, marker, line, sentence.trim());
      }
    }
    return null;
  }

  /** Every rounding statement among the lines (1-based line numbers). */
  static List<Statement> roundings(List<String> lines) {
    List<Statement> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Statement s = rounding(lines.get(i), i + 1);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The statement that applies to a table spanning lines first..last whose header and labels carry
   * the given footnote markers: one under such a marker first, else the nearest within 30 lines.
   */
  static Statement choose(List<Statement> all, List<String> markers, int first, int last) {
    for (Statement s : all) {
      if (s.marker() != null && markers.contains(s.marker())) {
        return s;
      }
    }
    Statement best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Statement s : all) {
      if (s.marker() != null && s.line() > last) {
        continue; // a numbered footnote of something else
      }
      int d = s.line() < first ? first - s.line() : s.line() > last ? s.line() - last : 0;
      if (d <= 30 && d < bestDistance) {
        best = s;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The superscript markers in a text ("NDS ⁴" has "⁴"). */
  static List<String> markers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = SUPERSCRIPT.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Digits as the superscripts footnote markers are printed in ("4" as "⁴"); others kept. */
  static String superscript(String digits) {
    StringBuilder b = new StringBuilder();
    for (char c : digits.toCharArray()) {
      b.append(switch (c) {
        case '1' -> '\u00B9';
        case '2' -> '\u00B2';
        case '3' -> '\u00B3';
        case '0', '4', '5', '6', '7', '8', '9' -> (char) ('\u2070' + (c - '0'));
        default -> c;
      });
    }
    return b.toString();
  }

  private static BigDecimal stepOf(String word) {
    return switch (word) {
      case "vijf" -> BigDecimal.valueOf(5);
      case "tien" -> BigDecimal.TEN;
      case "vijfentwintig" -> BigDecimal.valueOf(25);
      case "vijftig" -> BigDecimal.valueOf(50);
      case "honderd" -> BigDecimal.valueOf(100);
      default -> BigDecimal.valueOf(1000);
    };
  }
}

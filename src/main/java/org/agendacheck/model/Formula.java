package org.agendacheck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row's arithmetic as published: terms over row ids joined by {@code +} and {@code -}, where a
 * term is one id ({@code 6}) or a range of ids ({@code 1..6}, as Dutch tables write "1 t/m 6").
 *
 * @param text the formula as written
 * @param terms the terms, in order
 * @param inLabel true when the formula is printed in the row's label ("7 Stand (= 1 t/m 6)"), as
 *     opposed to stated as data (a {@code formula} field or column)
 */
public record Formula(String text, List<Term> terms, boolean inLabel) {
  /** A row id: letters, digits and underscores, with single dots inside ("17.01", "1a", "B.2"). */
  private static final String ID = "[\\p{L}\\p{N}_]+(?:\\.[\\p{L}\\p{N}_]+)*";
  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(?:([+\\-\u2212])|(" + ID + ")\\s*(?:(?:\\.\\.|t/m)\\s*(" + ID + "))?)");

  public Formula {
    terms = List.copyOf(terms);
  }

  /** A formula stated as data. */
  public Formula(String text, List<Term> terms) {
    this(text, terms, false);
  }

  /** This formula as printed in a label. */
  public Formula printedInLabel() {
    return new Formula(text, terms, true);
  }

  /**
   * One weighted term.
   *
   * @param weight +1 or -1
   * @param from the id of the row, or of the first row of a range
   * @param to the id of the last row of a range, or null for a single row
   * @param text the term as written, with its sign when it is not the first
   */
  public record Term(int weight, String from, String to, String text) {
    public boolean isRange() {
      return to != null;
    }
  }

  /**
   * Parses a formula: {@code "1..6"}, {@code "6 - 1"}, {@code "14 + 17"}, {@code "= 1 t/m 6"}.
   *
   * @throws IllegalArgumentException with a message naming what is wrong
   */
  public static Formula parse(String text) {
    String s = text.trim();
    if (s.startsWith("=")) {
      s = s.substring(1);
    }
    List<Term> terms = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    int pos = 0;
    int sign = 1;
    boolean expectTerm = true;
    boolean signed = false;
    while (pos < s.length()) {
      if (s.substring(pos).isBlank()) {
        break;
      }
      m.region(pos, s.length());
      if (!m.lookingAt()) {
        throw new IllegalArgumentException("formula '" + text + "': cannot read '"
            + s.substring(pos).trim() + "'; write row ids joined by + and -, and ranges as a..b");
      }
      if (m.group(1) != null) {
        if (expectTerm && (!terms.isEmpty() || signed)) {
          throw new IllegalArgumentException("formula '" + text + "': two operators in a row");
        }
        sign = m.group(1).equals("+") ? 1 : -1;
        signed = true;
        expectTerm = true;
      } else {
        if (!expectTerm) {
          throw new IllegalArgumentException("formula '" + text
              + "': an operator is missing before '" + m.group(2) + "'");
        }
        String termText = (terms.isEmpty() && sign > 0 ? "" : sign > 0 ? "+ " : "- ")
            + m.group().trim();
        terms.add(new Term(sign, m.group(2), m.group(3), termText));
        expectTerm = false;
        signed = false;
        sign = 1;
      }
      pos = m.end();
    }
    if (terms.isEmpty() || expectTerm) {
      throw new IllegalArgumentException("formula '" + text + "': a row id is missing");
    }
    return new Formula(text.trim(), terms);
  }

  @Override
  public String toString() {
    return text;
  }
}

package org.agendacheck.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row id and formula printed in a label, as Dutch budget tables do: "7 Uitgavenkader bij
 * Voorjaarsnota (= 1 t/m 6)", "15 Over/onderschrijding (=6-1)", "3 Mutaties (2 t/m 4)".
 *
 * @param id the leading row number, or null
 * @param formula the bracketed arithmetic, or null
 * @param label the label without the id and the formula
 */
public record LabelFormula(String id, Formula formula, String label) {
  private static final Pattern ID = Pattern.compile("^\\s*(\\d+[a-z]?)\\.?\\s+(\\S.*)$");
  private static final Pattern BRACKET = Pattern.compile("^(.*?)\\s*\\(\\s*(=?)\\s*([^()]*)\\)\\s*$");
  private static final Pattern ARITHMETIC = Pattern.compile(
      "[\\p{L}\\p{N}_]+(\\s*(\\+|-|\u2212|t/m|\\.\\.)\\s*[\\p{L}\\p{N}_]+)*");

  /**
   * Reads the id and formula out of a label; a label without them comes back with both null.
   * A bracket counts as a formula when it starts with "=" or holds "t/m" or "..", and is only row
   * ids and operators.
   */
  public static LabelFormula of(String label) {
    // Most labels do not start with a row number: they cost a look at one character, not a match.
    int i = 0;
    while (i < label.length() && Character.isWhitespace(label.charAt(i))) {
      i++;
    }
    if (i == label.length() || label.charAt(i) < '0' || label.charAt(i) > '9') {
      return new LabelFormula(null, null, label);
    }
    String rest = label;
    String id = null;
    Matcher m = ID.matcher(rest);
    if (m.matches()) {
      id = m.group(1);
      rest = m.group(2);
    }
    Formula formula = null;
    Matcher b = BRACKET.matcher(rest);
    if (id != null && b.matches()) {
      String inside = b.group(3).trim();
      boolean marked = !b.group(2).isEmpty() || inside.contains("t/m") || inside.contains("..");
      if (marked && ARITHMETIC.matcher(inside).matches()) {
        try {
          formula = Formula.parse(inside).printedInLabel();
          rest = b.group(1);
        } catch (IllegalArgumentException e) {
          formula = null;
        }
      }
    }
    return new LabelFormula(id, formula, id == null ? label : rest.trim());
  }
}

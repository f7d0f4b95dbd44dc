package org.agendacheck.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row id and formula printed in a label, as Dutch budget tables do: "7 Uitgavenkader bij
 * Voorjaarsnota (= 1 t/m 6)", "15 Over/onderschrijding (=6-1)", "3 Mutaties (2 t/m 4)". A label may
 * print several relations, in one bracket separated by semicolons ("5 Stand VJN (= 3 + 4; = 10 −
 * 5)") or in brackets one after the other ("5 Stand VJN (= 3 + 4) (= 10 − 5)"): the first is the
 * row's formula, the others {@link #more()}, each checked on its own.
 *
 * @param id the leading row number, or null
 * @param formula the bracketed arithmetic (the first relation), or null
 * @param label the label without the id and the formulas
 * @param more the further relations printed, in the order printed; empty for one
 */
public record LabelFormula(String id, Formula formula, String label, java.util.List<Formula> more) {
  public LabelFormula {
    more = java.util.List.copyOf(more);
  }

  /** A label's id and one formula, or none. */
  public LabelFormula(String id, Formula formula, String label) {
    this(id, formula, label, java.util.List.of());
  }

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
    // brackets at the end, the last first: each holds one relation or several, split by ';'
    java.util.List<Formula> found = new java.util.ArrayList<>();
    while (id != null) {
      Matcher b = BRACKET.matcher(rest);
      if (!b.matches()) {
        break;
      }
      java.util.List<Formula> here = relations(b.group(2) + b.group(3));
      if (here == null) {
        break;
      }
      found.addAll(0, here);
      rest = b.group(1);
    }
    if (found.isEmpty()) {
      return new LabelFormula(id, null, id == null ? label : rest.trim());
    }
    return new LabelFormula(id, found.get(0), rest.trim(), found.subList(1, found.size()));
  }

  /**
   * The relations one bracket holds ("= 3 + 4", "= 3 + 4; = 10 − 5", "2 t/m 4"), or null when any
   * of them is not a formula: each must start with "=" or hold "t/m" or "..", and be only row ids
   * and operators.
   */
  private static java.util.List<Formula> relations(String inside) {
    java.util.List<Formula> out = new java.util.ArrayList<>();
    for (String part : inside.split(";", -1)) {
      String t = part.trim();
      boolean marked = t.startsWith("=");
      t = marked ? t.substring(1).trim() : t;
      marked |= t.contains("t/m") || t.contains("..");
      if (!marked || !ARITHMETIC.matcher(t).matches()) {
        return null;
      }
      try {
        out.add(Formula.parse(t).printedInLabel());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return out;
  }
}

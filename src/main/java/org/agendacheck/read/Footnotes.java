package org.agendacheck.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote marks in labels and the notes they refer to, as tables print them in every format: a
 * superscript number after the label ("Digitale Overheid ⁴", a {@code <sup>} in a page, a raised
 * digit in a PDF), or a number and a closing parenthesis typed after it ("Digitale Overheid 4)"),
 * with the note below the table starting with the same mark ("⁴ Deze getallen …", "4) Deze
 * getallen …", "4. …", "4 …").
 */
final class Footnotes {
  private static final Pattern SUPERSCRIPT = Pattern.compile("[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+");
  /** A typed mark closing a label: " 4)" with no opening parenthesis before it. */
  private static final Pattern TYPED = Pattern.compile("^([^(]*\\S)\\s+(\\d{1,2})\\)\\s*$");
  /** How far below the table a note is looked for, in lines or text blocks. */
  private static final int WITHIN = 60;

  private Footnotes() {}

  /** The marks a label carries, each as superscript digits ("⁴"); empty for none. */
  static List<String> marks(String label) {
    if (label == null || !hasSuperscript(label) && !endsWithParen(label)) {
      // most labels carry no mark; a large table asks for every row's
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (hasSuperscript(label)) {
      Matcher m = SUPERSCRIPT.matcher(label);
      while (m.find()) {
        out.add(m.group());
      }
    }
    if (!out.isEmpty() || !endsWithParen(label)) {
      return out;
    }
    Matcher t = TYPED.matcher(label);
    if (t.matches()) {
      out.add(DeclaredText.superscript(t.group(2)));
    }
    return out;
  }

  /** The label without a typed mark ("Digitale Overheid 4)" is "Digitale Overheid"). */
  static String withoutTypedMark(String label) {
    if (label == null) {
      return null;
    }
    if (!endsWithParen(label)) {
      return label;
    }
    Matcher t = TYPED.matcher(label);
    return t.matches() ? t.group(1) : label;
  }

  /** Whether {@link #SUPERSCRIPT} can find anything: checked first, as every row's label is read. */
  private static boolean hasSuperscript(String label) {
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c >= '\u2070' && c <= '\u2079') {
        return true;
      }
    }
    return false;
  }

  /** Whether the label's last character other than white space is ')', as {@link #TYPED} needs. */
  private static boolean endsWithParen(String label) {
    for (int i = label.length() - 1; i >= 0; i--) {
      char c = label.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == ')';
      }
    }
    return false;
  }

  /**
   * The text of the note a mark refers to: the first of the texts from {@code from} (0-based,
   * within {@value #WITHIN}) that starts with the mark, in superscript or plain digits followed by
   * a space, ")" or ".", without the mark; or null.
   */
  static String note(List<String> texts, String mark, int from) {
    String digits = plain(mark);
    // the mark as printed first ("⁴ …", "4) …", "4. …"), then a plain number and a space ("4 …",
    // as a footnote list's number reads), which a numbered line below could also be
    Pattern marked = Pattern.compile("^(?:" + Pattern.quote(mark) + "\\s*|" + Pattern.quote(digits)
        + "[).]\\s*)(\\S.*)$", Pattern.DOTALL);
    Pattern numbered = Pattern.compile("^" + Pattern.quote(digits) + "\\s+(\\D.*)$", Pattern.DOTALL);
    for (Pattern start : List.of(marked, numbered)) {
      for (int k = Math.max(0, from); k < Math.min(texts.size(), from + WITHIN); k++) {
        String t = texts.get(k) == null ? "" : texts.get(k).replace('\u00A0', ' ').trim();
        Matcher m = start.matcher(t);
        if (m.matches()) {
          return m.group(1).trim();
        }
      }
    }
    return null;
  }

  /** The notes of the given texts below a table, as a builder looks them up by mark. */
  static Function<String, String> below(List<String> texts, int from) {
    return mark -> note(texts, mark, from);
  }

  /** Superscript digits as plain ones ("⁴" is "4"). */
  static String plain(String mark) {
    StringBuilder b = new StringBuilder();
    for (char c : mark.toCharArray()) {
      b.append(switch (c) {
        case '\u00B9' -> '1';
        case '\u00B2' -> '2';
        case '\u00B3' -> '3';
        default -> c >= '\u2070' && c <= '\u2079' ? (char) ('0' + (c - '\u2070')) : c;
      });
    }
    return b.toString();
  }
}

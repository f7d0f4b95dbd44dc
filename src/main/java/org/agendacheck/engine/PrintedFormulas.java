package org.agendacheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.agendacheck.model.Formula;
import org.agendacheck.model.Row;

/**
 * How a formula printed in a label is read. A label that names its own row as the end of its range
 * ("5 Stand (= 1 t/m 5)") means the rows above it: the range is read up to the row before it, which
 * the row's {@link OwnRowInLabel} fact records. Formulas stated as data are taken as written.
 */
final class PrintedFormulas {
  private PrintedFormulas() {}

  /** The formula the row is checked against: its own, or the reading of a label that names itself. */
  static Formula readAs(Row r, Formula f) {
    if (!f.inLabel() || r.getId() == null) {
      return f;
    }
    List<Formula.Term> terms = f.terms();
    boolean changed = false;
    StringBuilder text = new StringBuilder();
    for (Formula.Term term : terms) {
      String t = term.text();
      if (term.isRange() && term.to().equals(r.getId()) && !term.from().equals(r.getId())) {
        Row before = namedBefore(r);
        if (before != null) {
          int at = t.lastIndexOf(term.to());
          t = t.substring(0, at) + before.getId() + t.substring(at + term.to().length());
          changed = true;
        }
      }
      text.append(text.length() == 0 ? "" : " ").append(t);
    }
    if (!changed) {
      return f;
    }
    try {
      return Formula.parse(text.toString()).printedInLabel();
    } catch (IllegalArgumentException e) {
      return f;
    }
  }

  /** The fact that a label's formula names its own row, or none when the formula is read as printed. */
  static List<Object> ownRow(Row r, Formula printed, Formula readAs) {
    List<Object> out = new ArrayList<>();
    if (readAs != printed) {
      out.add(new OwnRowInLabel(r, printed, readAs));
    }
    return out;
  }

  /** The nearest row above with an id that is not a memo row, or null. */
  private static Row namedBefore(Row r) {
    List<Row> rows = r.getTable().getRows();
    for (int i = r.getIndex() - 1; i >= 0; i--) {
      Row x = rows.get(i);
      if (x.getId() != null && !x.isMemo()) {
        return x;
      }
    }
    return null;
  }
}

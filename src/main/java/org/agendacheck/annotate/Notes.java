package org.agendacheck.annotate;

import java.util.List;
import org.agendacheck.model.Cell;
import org.agendacheck.report.view.Arithmetic;
import org.agendacheck.report.view.FindingView;
import org.agendacheck.report.view.UiText;

/** The words an annotation says about a finding. */
final class Notes {
  private Notes() {}

  /** "ERROR total-sum: message", then the arithmetic and the cells that took part. */
  static String of(FindingView f, UiText t) {
    StringBuilder b = new StringBuilder();
    b.append(t.severity(f.severity()).toUpperCase(java.util.Locale.ROOT)).append(' ')
        .append(f.rule()).append(": ").append(f.message());
    String a = arithmetic(f.arithmetic(), t);
    if (!a.isEmpty()) {
      b.append('\n').append(a);
    }
    String parts = contributing(f.contributing());
    if (!parts.isEmpty()) {
      b.append('\n').append(t.get("contributing")).append(": ").append(parts);
    }
    return b.toString();
  }

  /** "published 560; computed 555; difference 5; tolerance 0", or "". */
  static String arithmetic(Arithmetic a, UiText t) {
    if (a == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    b.append(t.get("published")).append(' ').append(a.published()).append("; ")
        .append(t.get("computed")).append(' ').append(a.computed());
    if (a.difference() != null) {
      b.append("; ").append(t.get("difference")).append(' ').append(a.difference());
    }
    if (a.tolerance() != null) {
      b.append("; ").append(t.get("tolerance")).append(' ').append(a.tolerance());
    }
    return b.toString();
  }

  /** The places of the cells that took part, comma-separated, or "". */
  static String contributing(List<Cell> cells) {
    StringBuilder b = new StringBuilder();
    for (Cell c : cells) {
      if (c.getLocation() != null) {
        b.append(b.length() == 0 ? "" : ", ").append(c.getLocation());
      }
    }
    return b.toString();
  }
}

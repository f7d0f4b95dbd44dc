package org.agendacheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Column;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;

/**
 * Derives the "of which" facts of a table: each memo row whose label says it is part of the row
 * above ("waarvan …", "w.v. …", "of which …", "hiervan …", "whereof …") belongs to the nearest
 * row above it that is not a memo row; per amount column, an {@link OfWhichCell} for each of its
 * cells and an {@link OfWhichSum} for the parent's cell, where the parent's figure is a number or
 * nil.
 */
final class OfWhichFacts {
  private static final Pattern OF_WHICH = Pattern.compile(
      "(?:[-\u2013\u2022]\\s*)?(?:waarvan|w\\.v\\.|wv\\b|of which|hiervan|whereof|daarvan)");

  private OfWhichFacts() {}

  /** True for a memo row whose label introduces a part of the row above. */
  static boolean isOfWhich(Row r) {
    return r.isMemo() && OF_WHICH.matcher(r.getLabel().trim().toLowerCase(Locale.ROOT)).lookingAt();
  }

  static List<Object> of(Table t) {
    List<Object> out = new ArrayList<>();
    if (t.getRows().stream().noneMatch(Row::isMemo)) {
      return out;
    }
    Row parent = null;
    List<Row> parts = new ArrayList<>();
    for (Row r : t.getRows()) {
      if (!r.isMemo()) {
        if (!parts.isEmpty()) {
          emit(t, parent, parts, out);
          parts = new ArrayList<>();
        }
        parent = r;
      } else if (parent != null && isOfWhich(r)) {
        parts.add(r);
      }
    }
    emit(t, parent, parts, out);
    return out;
  }

  private static void emit(Table t, Row parent, List<Row> parts, List<Object> out) {
    if (parent == null || parts.isEmpty()) {
      return;
    }
    for (Column c : t.getColumns()) {
      if (!c.isAmount()) {
        continue;
      }
      Cell whole = parent.cell(c);
      if (!whole.isKnown()) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      for (Row p : parts) {
        cells.add(p.cell(c));
      }
      OfWhichSum sum = new OfWhichSum(whole, cells, t.getRounding());
      out.add(sum);
      for (Cell part : cells) {
        if (part.isKnown()) {
          out.add(new OfWhichCell(part, whole, sum));
        }
      }
    }
  }
}

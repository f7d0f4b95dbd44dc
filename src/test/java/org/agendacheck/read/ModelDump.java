package org.agendacheck.read;

import java.util.ArrayList;
import java.util.List;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Column;
import org.agendacheck.model.Document;
import org.agendacheck.model.Problem;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;

/**
 * A document as text, one line per fact a reader decided: table metadata, columns with their kind,
 * and per row its role, section, label, position and every cell's kind, value and position.
 */
final class ModelDump {
  private ModelDump() {}

  static String of(Document d) {
    List<String> out = new ArrayList<>();
    for (Problem p : d.problems()) {
      out.add("problem " + p.line() + ":" + p.col() + " " + p.reason() + " " + p.args());
    }
    for (Table t : d.tables()) {
      out.add("table " + t.getId());
      out.add("  title: " + t.getTitle());
      out.add("  unit: " + t.getUnit());
      out.add("  rounding: " + t.getRounding() + (t.getRoundingSource() == null ? ""
          : " (from " + t.getRoundingSource() + ")"));
      List<String> cols = new ArrayList<>();
      for (Column c : t.getColumns()) {
        cols.add(c.getKey() + "=" + c.getKind().name().toLowerCase(java.util.Locale.ROOT));
      }
      out.add("  columns: " + String.join(" | ", cols));
      for (Row r : t.getRows()) {
        out.add("  " + r.getRole().contractName() + " [" + (r.getSection() == null ? ""
            : r.getSection()) + "] " + r.getLabel() + " @" + where(r.getLine(), r.getCol(),
            r.getLocation()));
        List<String> cells = new ArrayList<>();
        for (Cell c : r.getCells()) {
          StringBuilder b = new StringBuilder(c.getKind().name().toLowerCase(java.util.Locale.ROOT));
          if (c.getAmount() != null) {
            b.append(' ').append(c.getAmount().toPlainString());
          }
          if (c.getOtherReading() != null) {
            b.append(" or ").append(c.getOtherReading().toPlainString());
          }
          if (c.getFormula() != null) {
            b.append(" =").append(c.getFormula().text());
          }
          b.append(" '").append(c.getText()).append("' @")
              .append(where(c.getLine(), c.getCol(), c.getLocation()));
          cells.add(b.toString());
        }
        out.add("    " + String.join(" | ", cells));
      }
    }
    return String.join("\n", out) + "\n";
  }

  private static String where(int line, int col, org.agendacheck.model.Location location) {
    return location.isKnown() && !(location instanceof org.agendacheck.model.Location.TextPosition)
        ? location.text() : line + ":" + col;
  }
}

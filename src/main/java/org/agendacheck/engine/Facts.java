package org.agendacheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Column;
import org.agendacheck.model.Document;
import org.agendacheck.model.Problem;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;

/**
 * Turns documents into the facts rules match on: each source problem, table, column and row as it
 * is, and the derived facts rules judge (a {@link SumCheck} per aggregate cell, a {@link
 * ReferenceCheck} per referencing row, a {@link ReferencePair} per referenced cell). Deriving only
 * adds up and looks up; it decides nothing.
 */
final class Facts {
  private Facts() {}

  static List<Object> of(List<Document> documents) {
    List<Object> facts = new ArrayList<>();
    for (Document d : documents) {
      for (Problem p : d.problems()) {
        facts.add(new SourceProblem(d, p));
      }
      for (Table t : d.tables()) {
        facts.add(t);
        facts.addAll(t.getColumns());
        facts.addAll(t.getRows());
        facts.addAll(sumChecks(t));
        facts.addAll(references(t, documents));
      }
    }
    return facts;
  }

  /** One check per total or subtotal cell in an amount column, when every row can be placed. */
  static List<SumCheck> sumChecks(Table t) {
    List<SumCheck> out = new ArrayList<>();
    if (!t.getRows().stream().allMatch(Row::isPlaceable)) {
      return out;
    }
    for (Row agg : t.getRows()) {
      if (agg.isItem()) {
        continue;
      }
      for (Column c : t.getColumns()) {
        if (!c.isAmount()) {
          continue;
        }
        SumCheck check = agg.isTotal()
            ? new SumCheck(AggregateKind.TOTAL, agg.cell(c), "the items", t.getRounding())
            : new SumCheck(AggregateKind.SUBTOTAL, agg.cell(c),
                agg.getSection() == null ? "the items without a section"
                    : "the items of section " + agg.getSection(), t.getRounding());
        for (Row item : t.getRows()) {
          if (item.isItem() && (agg.isTotal()
              || Objects.equals(sectionKey(item), sectionKey(agg)))) {
            check.add(item.cell(c), 1);
          }
        }
        for (Row any : t.getRows()) {
          if (any.cell(c).isInvalid()) {
            check.columnHoldsInvalid();
            break;
          }
        }
        out.add(check);
      }
    }
    return out;
  }

  private static String sectionKey(Row r) {
    return r.getSection() == null ? null : r.getSection().trim().toLowerCase(java.util.Locale.ROOT);
  }

  private static List<Object> references(Table t, List<Document> documents) {
    List<Object> out = new ArrayList<>();
    for (Row r : t.getRows()) {
      if (r.getRef() == null) {
        continue;
      }
      Table target = null;
      for (Document d : documents) {
        for (Table other : d.tables()) {
          if (target == null && other.getId().equals(r.getRef().document())) {
            target = other;
          }
        }
      }
      Row targetRow = target == null ? null : target.findRow(r.getRef().row());
      out.add(new ReferenceCheck(r, target, targetRow));
      if (targetRow == null || !r.isPlaceable() || !targetRow.isPlaceable()) {
        continue;
      }
      for (Cell cell : r.getAmountCells()) {
        Column theirs = target.matchingColumn(cell.getColumn());
        if (theirs != null) {
          out.add(new ReferencePair(cell, targetRow.cell(theirs)));
        }
      }
    }
    return out;
  }
}

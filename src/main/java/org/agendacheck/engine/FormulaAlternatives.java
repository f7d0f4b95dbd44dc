package org.agendacheck.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Column;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;

/**
 * Derives the evident other readings of a formula that does not add up ({@link
 * FormulaAlternative}): each range shifted by one or two rows at either end or as a whole, each
 * single-row term replaced by the row next to it, and how each adds up exactly in every amount
 * column. Only formulas that fail somewhere are looked at, so a table whose formulas hold costs
 * nothing more.
 */
final class FormulaAlternatives {
  /** Range changes: start offset, end offset, change, rows, preference class. */
  private static final int[][] RANGE = {
      {0, 1, 0, 1, 1}, {-1, 0, 0, 1, 1}, {0, -1, 1, 1, 1}, {1, 0, 1, 1, 1},
      {1, 1, 2, 1, 2}, {-1, -1, 2, 1, 2},
      {0, 2, 0, 2, 3}, {-2, 0, 0, 2, 3}, {0, -2, 1, 2, 3}, {2, 0, 1, 2, 3},
      {2, 2, 2, 2, 4}, {-2, -2, 2, 2, 4}};
  private static final FormulaAlternative.Change[] CHANGES = FormulaAlternative.Change.values();

  private final Table table;
  private List<Row> named;
  private Map<Row, Integer> position;

  FormulaAlternatives(Table table) {
    this.table = table;
  }

  /** True when some check of the formula is inconsistent or a PM figure over no PM part. */
  private static boolean anyFailing(List<SumCheck> checks) {
    for (SumCheck c : checks) {
      if (c.isCheckable() && !c.isPublishedBlank()
          && (c.isPublishedPm() && c.getPmParts() == 0 || c.isComparable() && !c.isConsistent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The alternatives of one formula of a row.
   *
   * @param row the formula row
   * @param formula the formula as checked
   * @param terms its terms, all resolved
   * @param checks its checks, one per amount column
   */
  List<FormulaAlternative> of(Row row, String formula, List<FormulaTerm> terms,
      List<SumCheck> checks) {
    List<FormulaAlternative> out = new ArrayList<>();
    if (checks.isEmpty() || !anyFailing(checks)) {
      return out;
    }
    index();
    Integer own = position.get(row);
    int sequence = 0;
    for (int i = 0; i < terms.size(); i++) {
      FormulaTerm term = terms.get(i);
      if (term.isColumnTerm() || !term.isKnown()) {
        return out;
      }
      Integer a = position.get((Row) term.getFrom());
      if (a == null) {
        continue;
      }
      if (term.isRange()) {
        Integer b = position.get((Row) term.getTo());
        if (b == null) {
          continue;
        }
        for (int[] v : RANGE) {
          int from = a + v[0];
          int to = b + v[1];
          if (from < 0 || to >= named.size() || from > to
              || own != null && own >= from && own <= to) {
            continue;
          }
          String text = rangeText(term, named.get(from), named.get(to));
          out.add(alternative(row, formula, terms, i, named.subList(from, to + 1), text,
              CHANGES[v[2]], v[3], null, null, v[4] * 1000 + sequence++, checks));
        }
      } else {
        for (int d : new int[] {-1, 1}) {
          int at = a + d;
          if (at < 0 || at >= named.size() || own != null && own == at) {
            continue;
          }
          Row next = named.get(at);
          out.add(alternative(row, formula, terms, i, List.of(next), next.getId(),
              FormulaAlternative.Change.NEIGHBOUR, 1, term.getFrom() instanceof Row r ? r.getId()
                  : null, next.getId(), 1000 + sequence++, checks));
        }
      }
    }
    return out;
  }

  /** The rows formulas name, in table order: rows with an id that are not memo rows. */
  private void index() {
    if (named != null) {
      return;
    }
    named = new ArrayList<>();
    position = new IdentityHashMap<>();
    for (Row r : table.getRows()) {
      if (r.getId() != null && !r.isMemo()) {
        position.put(r, named.size());
        named.add(r);
      }
    }
  }

  private static String rangeText(FormulaTerm term, Row from, Row to) {
    String separator = term.getText().contains("t/m") ? " t/m " : "..";
    return from.getId() + separator + to.getId();
  }

  private FormulaAlternative alternative(Row row, String formula, List<FormulaTerm> terms,
      int replaced, List<Row> rows, String replacedText, FormulaAlternative.Change change, int n,
      String printedTerm, String alternativeTerm, int rank, List<SumCheck> checks) {
    StringBuilder text = new StringBuilder();
    for (int j = 0; j < terms.size(); j++) {
      FormulaTerm t = terms.get(j);
      String body = j == replaced ? replacedText : null;
      if (body == null) {
        text.append(j == 0 ? "" : " ").append(t.getText());
      } else {
        String sign = j == 0 && t.getWeight() > 0 ? "" : t.getWeight() > 0 ? "+ " : "- ";
        text.append(j == 0 ? "" : " ").append(sign).append(body);
      }
    }
    int compared = 0;
    int exact = 0;
    int uncompared = 0;
    for (Column c : table.getColumns()) {
      if (!c.isAmount()) {
        continue;
      }
      Cell published = row.cell(c);
      if (!published.isKnown()) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      boolean comparable = true;
      for (int j = 0; j < terms.size() && comparable; j++) {
        FormulaTerm t = terms.get(j);
        for (Row part : j == replaced ? rows : t.getRows()) {
          Cell cell = part.cell(c);
          if (cell.isNumber()) {
            sum = t.getWeight() > 0 ? sum.add(cell.getAmount()) : sum.subtract(cell.getAmount());
          } else if (!cell.isNil() && !cell.isBlank()) {
            comparable = false;
            break;
          }
        }
      }
      if (!comparable) {
        uncompared++;
        continue;
      }
      compared++;
      if (sum.compareTo(published.getAmount()) == 0) {
        exact++;
      }
    }
    return new FormulaAlternative(row, formula, text.toString(), change, n, printedTerm,
        alternativeTerm, rank, compared, exact, uncompared, checks);
  }
}

package org.agendacheck.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agendacheck.model.Cell;

/**
 * The collector step that reports one finding per slip: findings of a rule that declares {@code
 * @slip("row")} about the cells of one row, with the same message template, severity and the same
 * rows taking part (the same wrong range copied across a row's columns, the blanks of one row, a
 * row of formulas pointing at the same missing row), become one finding on the first of those
 * cells that names the others ({@link Finding#getAlsoAt()}). The rule decides what is wrong and,
 * in its metadata, what belongs together; this step only presents it: it keeps every cell, every
 * contributing cell and the merged findings themselves ({@link Finding#getMembers()}).
 */
final class Slips {
  private Slips() {}

  /** The findings with each slip's findings merged, in the given (report) order. */
  static List<Finding> group(List<Finding> sorted) {
    Map<List<Object>, List<Finding>> groups = new LinkedHashMap<>();
    List<Object> order = new ArrayList<>();
    for (Finding f : sorted) {
      if (!"row".equals(f.getSlip()) || f.getCell() == null || f.getCell().getRow() == null) {
        order.add(f);
        continue;
      }
      List<Integer> rows = new ArrayList<>();
      for (Cell c : f.getCells()) {
        rows.add(c.getRow() == null ? -1 : c.getRow().getIndex());
      }
      List<Object> key = List.of(Objects.toString(f.getSource()), f.getTableIndex(),
          f.getRowIndex(), f.getRule(), Objects.toString(f.getTemplateKey()),
          f.getSeverity().label(), rows);
      List<Finding> group = groups.get(key);
      if (group == null) {
        group = new ArrayList<>();
        groups.put(key, group);
        order.add(key);
      }
      group.add(f);
    }
    if (groups.isEmpty()) {
      return sorted;
    }
    List<Finding> out = new ArrayList<>(sorted.size());
    for (Object o : order) {
      if (o instanceof Finding f) {
        out.add(f);
      } else {
        List<Finding> g = groups.get(o);
        out.add(g.size() == 1 ? g.get(0) : g.get(0).withSlipMembers(g.subList(1, g.size())));
      }
    }
    return out;
  }
}

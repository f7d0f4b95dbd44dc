package org.agendacheck.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.agendacheck.model.Cell;

/**
 * The collector step that reports one finding per slip: findings of a rule that declares {@code
 * @slip("row")} about the cells of one row, with the same message template, severity and the same
 * rows taking part (the same wrong range copied across a row's columns, the blanks of one row, a
 * row of formulas pointing at the same missing row), become one finding on the first of those
 * cells that names the others ({@link Finding#getAlsoAt()}). The rule decides what is wrong and,
 * in its metadata, what belongs together; this step only presents it: it keeps every cell, every
 * contributing cell and the merged findings themselves ({@link Finding#getMembers()}).
 *
 * <p>Then cause and consequence: a rule whose findings a slip of another rule may cause declares
 * that rule ({@code @causedBy("formula-range")}), and the causing rule names, in its conditions, the
 * cells whose figures its slip accounts for ({@link Finding#breaks}); a finding on such a cell
 * becomes part of the causing finding ({@link Finding#getConsequences()}).
 */
final class Slips {
  private Slips() {}

  /** The findings with each slip's findings merged, in the given (report) order. */
  static List<Finding> group(List<Finding> sorted) {
    return byCause(byRow(sorted));
  }

  /**
   * Merges each finding of a rule that declares {@code @causedBy} into the one finding of such a
   * rule that says it breaks its cell ({@link Finding#getBroken()}): a wrong range and the totals
   * it makes wrong are one finding, at the range's place. A finding that several slips name (a
   * total two wrong subtotal ranges both feed) has more than one cause and stays on its own.
   */
  private static List<Finding> byCause(List<Finding> in) {
    Map<Cell, List<Integer>> causes = new IdentityHashMap<>();
    for (int i = 0; i < in.size(); i++) {
      for (Cell c : in.get(i).getBroken()) {
        List<Integer> at = causes.computeIfAbsent(c, k -> new ArrayList<>());
        if (!at.contains(i)) {
          at.add(i);
        }
      }
    }
    if (causes.isEmpty()) {
      return in;
    }
    Map<Integer, List<Finding>> caused = new TreeMap<>();
    Set<Integer> merged = new HashSet<>();
    for (int j = 0; j < in.size(); j++) {
      Finding g = in.get(j);
      if (g.getCausedBy().isEmpty() || g.getCell() == null || !causes.containsKey(g.getCell())) {
        continue;
      }
      List<Integer> by = new ArrayList<>();
      for (int i : causes.get(g.getCell())) {
        if (i != j && g.getCausedBy().contains(in.get(i).getRule())) {
          by.add(i);
        }
      }
      if (by.size() == 1) {
        caused.computeIfAbsent(by.get(0), k -> new ArrayList<>()).add(g);
        merged.add(j);
      }
    }
    if (merged.isEmpty()) {
      return in;
    }
    List<Finding> out = new ArrayList<>(in.size() - merged.size());
    for (int i = 0; i < in.size(); i++) {
      if (merged.contains(i)) {
        continue;
      }
      List<Finding> c = caused.get(i);
      out.add(c == null ? in.get(i) : in.get(i).withConsequences(c));
    }
    return out;
  }

  private static List<Finding> byRow(List<Finding> sorted) {
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

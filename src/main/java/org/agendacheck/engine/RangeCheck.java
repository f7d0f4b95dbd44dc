package org.agendacheck.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellFormula;
import org.agendacheck.model.Column;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;

/** The arguments of a {@code formula-range} finding: how a spreadsheet formula misses its cells. */
public final class RangeCheck {
  private RangeCheck() {}

  /**
   * The arguments for an aggregate cell whose formula does not add exactly the expected cells:
   * the formula, how it differs (each difference a phrase), the expected count and column; variant
   * {@code in-section} for a subtotal. The cells left out and added too took part.
   */
  public static Args args(Cell aggregate, List<Cell> expected, boolean inSection) {
    CellFormula f = aggregate.getFormula();
    List<Object> parts = new ArrayList<>();
    if (!f.plainSum()) {
      parts.add(Phrase.of("phrase.formula-not-plain"));
    }
    List<Cell> missing = f.missing(expected);
    List<Object> extra = new ArrayList<>(f.outside());
    List<Cell> added = f.extra(expected);
    for (Cell c : added) {
      extra.add(named(c));
    }
    if (!missing.isEmpty()) {
      parts.add(Phrase.of("phrase.formula-leaves-out",
          "cells", missing.stream().map(RangeCheck::named).toList()));
    }
    if (!extra.isEmpty()) {
      parts.add(Phrase.of("phrase.formula-also-adds", "cells", extra));
    }
    if (parts.isEmpty()) {
      parts.add(Phrase.of("phrase.formula-adds-twice"));
    }
    List<Cell> took = new ArrayList<>(missing);
    took.addAll(added);
    return Args.of(inSection ? "in-section" : null, "formula", f.text(),
        "difference", new Joined(parts, "; "), "count", expected.size(),
        "column", aggregate.getColumn().getKey()).withCells(took);
  }

  /**
   * The published cells a wrong range accounts for: the aggregate cell itself when its figure is
   * what its formula adds (Excel's cached value) and that differs from what the expected cells add,
   * then, in the same column, every cell whose own formula adds such a cell and whose figure is
   * again what its formula adds (a total over a subtotal the range broke). Empty when the formula
   * is no plain sum of the table's cells or its figure is not what it adds (a figure typed over it).
   */
  public static List<Cell> broken(Cell aggregate, List<Cell> expected) {
    CellFormula f = aggregate.getFormula();
    BigDecimal adds = adds(f);
    BigDecimal should = adds(expected);
    if (adds == null || should == null || !aggregate.isKnown()
        || aggregate.getAmount().compareTo(adds) != 0 || adds.compareTo(should) == 0) {
      return List.of();
    }
    List<Cell> out = new ArrayList<>();
    out.add(aggregate);
    Set<Cell> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(aggregate);
    Table t = aggregate.getRow().getTable();
    Column col = aggregate.getColumn();
    for (boolean grew = true; grew; ) {
      grew = false;
      for (Row r : t.getRows()) {
        Cell c = r.cell(col);
        if (c == null || seen.contains(c) || c.getFormula() == null || !c.isKnown()
            || c.getFormula().cells().stream().noneMatch(seen::contains)) {
          continue;
        }
        BigDecimal a = adds(c.getFormula());
        if (a != null && c.getAmount().compareTo(a) == 0) {
          seen.add(c);
          out.add(c);
          grew = true;
        }
      }
    }
    return out;
  }

  /** What a plain-sum formula over the table's cells adds, as Excel does (text as 0); else null. */
  private static BigDecimal adds(CellFormula f) {
    if (f == null || !f.plainSum() || !f.outside().isEmpty() || f.reference() != null) {
      return null;
    }
    return adds(f.cells());
  }

  private static BigDecimal adds(List<Cell> cells) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Cell c : cells) {
      if (c == null || c.isInvalid() && c.getFormula() != null) {
        return null;
      }
      if (c.isKnown()) {
        sum = sum.add(c.getAmount());
      }
    }
    return sum;
  }

  private static Object named(Cell c) {
    return c.getRow() == null ? c.getLocation()
        : Phrase.of("phrase.cell-with-label", "cell", c.getLocation(), "label", c.getRow().getLabel());
  }
}

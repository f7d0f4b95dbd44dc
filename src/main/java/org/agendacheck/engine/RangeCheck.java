package org.agendacheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellFormula;

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

  private static Object named(Cell c) {
    return c.getRow() == null ? c.getLocation()
        : Phrase.of("phrase.cell-with-label", "cell", c.getLocation(), "label", c.getRow().getLabel());
  }
}

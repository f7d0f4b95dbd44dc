package org.agendacheck.model;

import java.util.List;

/**
 * The spreadsheet formula behind a cell, as far as a sum reading of it goes.
 *
 * @param text the formula as written, without the leading '='
 * @param plainSum true when the formula only adds cells (SUM of ranges and cells, '+'); false when
 *     it does anything else (subtracts, multiplies, holds constants, calls other functions)
 * @param cells the cells of the same table the formula adds, in formula order
 * @param outside the references the formula adds that are no cell of the table (empty rows, the
 *     header, another sheet), as written
 */
public record CellFormula(String text, boolean plainSum, List<Cell> cells, List<String> outside) {
  public CellFormula {
    cells = List.copyOf(cells);
    outside = List.copyOf(outside);
  }

  /** True when the formula adds exactly the given cells, each once, and nothing else. */
  public boolean addsExactly(List<Cell> expected) {
    if (!plainSum || !outside.isEmpty() || cells.size() != expected.size()) {
      return false;
    }
    java.util.Set<Cell> want = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    want.addAll(expected);
    java.util.Set<Cell> got = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    got.addAll(cells);
    return got.size() == cells.size() && got.equals(want);
  }

  /**
   * The cells of the given column in the given rows that lie in a section (every row when
   * {@code anySection}); the cells an aggregate of that section should add.
   */
  public static List<Cell> cellsOf(List<Row> rows, Column column, String section,
      boolean anySection) {
    java.util.List<Cell> out = new java.util.ArrayList<>();
    for (Row r : rows) {
      if (r.isIn(section, anySection)) {
        out.add(r.cell(column));
      }
    }
    return out;
  }

  /**
   * The item cells of the given column in a table that lie in a section (every item when {@code
   * anySection}): {@link #cellsOf} over the table's item rows. Rules call it instead of collecting
   * the item rows as facts, which would hold a tuple per row of every table in the rule engine.
   */
  public static List<Cell> itemCells(Table table, Column column, String section,
      boolean anySection) {
    java.util.List<Row> items = new java.util.ArrayList<>();
    for (Row r : table.getRows()) {
      if (r.isItem()) {
        items.add(r);
      }
    }
    return cellsOf(items, column, section, anySection);
  }


  /** The expected cells the formula leaves out, in the given order. */
  public List<Cell> missing(List<Cell> expected) {
    java.util.List<Cell> out = new java.util.ArrayList<>();
    for (Cell e : expected) {
      if (e != null && cells.stream().noneMatch(c -> c == e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The cells of the table the formula adds that are not expected, in formula order. */
  public List<Cell> extra(List<Cell> expected) {
    java.util.List<Cell> out = new java.util.ArrayList<>();
    for (Cell c : cells) {
      if (expected.stream().noneMatch(e -> e == c)) {
        out.add(c);
      }
    }
    return out;
  }
}

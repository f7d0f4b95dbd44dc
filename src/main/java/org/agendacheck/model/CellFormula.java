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
  private static final java.util.regex.Pattern SHEET_REFERENCE = java.util.regex.Pattern.compile(
      "(?:\\[(?<book>[^\\]]+)\\])?(?<sheet>[A-Za-z0-9_.\\p{L}]+)!\\$?(?<col>[A-Za-z]{1,3})\\$?(?<row>\\d{1,7})"
          + "|'(?:\\[(?<qbook>[^\\]]+)\\])?(?<qsheet>(?:[^']|'')+)'!\\$?(?<qcol>[A-Za-z]{1,3})\\$?(?<qrow>\\d{1,7})");

  public CellFormula {
    cells = List.copyOf(cells);
    outside = List.copyOf(outside);
  }

  /**
   * A cell of another sheet, or of another workbook, that a formula consisting of that one
   * reference republishes ({@code =NDS!G20}, {@code ='Tabel 2'!G20}, {@code =[nds.xlsx]NDS!G20}).
   *
   * @param workbook the file name of the other workbook, or null for the formula's own
   * @param sheet the sheet's name
   * @param row the 1-based row
   * @param column the 1-based column
   */
  public record SheetReference(String workbook, String sheet, int row, int column) {
    /** The reference as Excel shows it: {@code [nds.xlsx]NDS!G20}. */
    public String text() {
      StringBuilder col = new StringBuilder();
      for (int c = column; c > 0; c = (c - 1) / 26) {
        col.insert(0, (char) ('A' + (c - 1) % 26));
      }
      String name = (workbook == null ? "" : "[" + workbook + "]") + sheet;
      boolean quote = !name.matches("[A-Za-z0-9_.\\[\\]\\p{L}]+");
      return (quote ? "'" + name.replace("'", "''") + "'" : name) + "!" + col + row;
    }
  }

  /** The reference this formula is, when it is exactly one cell of another sheet or workbook. */
  public SheetReference reference() {
    return referenceIn(text);
  }

  /** The reference a formula text ('=' optional) is, or null when it is anything else. */
  public static SheetReference referenceIn(String formula) {
    if (formula == null) {
      return null;
    }
    String f = formula.trim();
    f = f.startsWith("=") ? f.substring(1).trim() : f;
    java.util.regex.Matcher m = SHEET_REFERENCE.matcher(f);
    if (!m.matches()) {
      return null;
    }
    boolean q = m.group("qsheet") != null;
    String book = q ? m.group("qbook") : m.group("book");
    String sheet = q ? m.group("qsheet").replace("''", "'") : m.group("sheet");
    String letters = (q ? m.group("qcol") : m.group("col")).toUpperCase(java.util.Locale.ROOT);
    int col = 0;
    for (char ch : letters.toCharArray()) {
      col = col * 26 + (ch - 'A' + 1);
    }
    int row = Integer.parseInt(q ? m.group("qrow") : m.group("row"));
    return row < 1 ? null : new SheetReference(book, sheet, row, col);
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

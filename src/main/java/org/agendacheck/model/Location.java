package org.agendacheck.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where something stands in its source, in the terms of the source's kind: a line and column of a
 * text format (JSON, CSV, plain text), a sheet and cell of a workbook, a table, row and cell of a
 * Word document, a page and box of a PDF, an element of an HTML page. Locations of one kind sort in
 * reading order; {@link Nowhere} (the whole source) sorts first.
 */
public sealed interface Location extends Comparable<Location>
    permits Location.Nowhere, Location.TextPosition, Location.SheetCell, Location.TableCell,
        Location.PageBox, Location.HtmlElement {

  /** The whole source: no place within it is known. */
  Location NOWHERE = new Nowhere();

  /** A line and column, or {@link #NOWHERE} when the line is unknown (0). */
  static Location at(int line, int col) {
    return line <= 0 ? NOWHERE : new TextPosition(line, Math.max(col, 0));
  }

  /** The place in words, the same in every language ("NDS!D20", "12:5", "table 1, row 13, cell 5"). */
  String text();

  /** 1-based line for sources with lines, else 0. */
  default int line() {
    return 0;
  }

  /** 1-based column for sources with lines, else 0. */
  default int col() {
    return 0;
  }

  /** True when the place is known. */
  default boolean isKnown() {
    return !(this instanceof Nowhere);
  }

  @Override
  default int compareTo(Location o) {
    return ORDER.compare(this, o);
  }

  /** Kind first (in the order of {@code permits}), then reading order within the kind. */
  Comparator<Location> ORDER = (a, b) -> {
    int k = Integer.compare(a.rank(), b.rank());
    return k != 0 ? k : a.compareSameKind(b);
  };

  /** The kind's place in {@link #ORDER}. */
  int rank();

  /** Compares with a location of the same kind. */
  int compareSameKind(Location other);

  /** The whole source. */
  record Nowhere() implements Location {
    @Override
    public int rank() {
      return 0;
    }

    @Override
    public int compareSameKind(Location other) {
      return 0;
    }

    @Override
    public String text() {
      return "";
    }
  }

  /**
   * A line and column of a text format (JSON, CSV, plain text).
   *
   * @param line 1-based line
   * @param col 1-based column, or 0 when only the line is known
   */
  record TextPosition(int line, int col) implements Location {
    @Override
    public int rank() {
      return 1;
    }

    @Override
    public int compareSameKind(Location other) {
      TextPosition o = (TextPosition) other;
      return line != o.line ? Integer.compare(line, o.line) : Integer.compare(col, o.col);
    }

    @Override
    public String text() {
      return col > 0 ? line + ":" + col : String.valueOf(line);
    }
  }

  /**
   * A cell of a worksheet. A place that is a whole row names the row's first cell.
   *
   * @param sheet the sheet's name as the workbook gives it
   * @param row 1-based row number
   * @param column 1-based column number (A is 1)
   */
  record SheetCell(String sheet, int row, int column) implements Location {
    @Override
    public int rank() {
      return 2;
    }

    @Override
    public int compareSameKind(Location other) {
      SheetCell o = (SheetCell) other;
      int s = sheet.compareTo(o.sheet);
      return s != 0 ? s : row != o.row ? Integer.compare(row, o.row) : Integer.compare(column, o.column);
    }

    public SheetCell {
      Objects.requireNonNull(sheet, "sheet");
    }

    /** The cell in A1 notation, without the sheet: "D20". */
    public String a1() {
      StringBuilder b = new StringBuilder();
      int c = column;
      while (c > 0) {
        b.insert(0, (char) ('A' + (c - 1) % 26));
        c = (c - 1) / 26;
      }
      return b.append(row).toString();
    }

    /** The sheet as a formula names it: quoted when it holds more than letters, digits, _ and . */
    public String sheetRef() {
      return sheet.matches("[A-Za-z0-9_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    /** "NDS!D20". */
    @Override
    public String text() {
      return sheetRef() + "!" + a1();
    }
  }

  /**
   * A cell of a table in a word-processing document. A place that is a whole row has cell 0.
   *
   * @param table 1-based table number in the document
   * @param row 1-based row number in the table
   * @param cell 1-based cell number in the row, or 0 for the whole row
   */
  record TableCell(int table, int row, int cell) implements Location {
    @Override
    public int rank() {
      return 3;
    }

    @Override
    public int compareSameKind(Location other) {
      TableCell o = (TableCell) other;
      return table != o.table ? Integer.compare(table, o.table)
          : row != o.row ? Integer.compare(row, o.row) : Integer.compare(cell, o.cell);
    }

    /** "table 1, row 13, cell 5", or "table 1, row 13" for a whole row. */
    @Override
    public String text() {
      return "table " + table + ", row " + row + (cell > 0 ? ", cell " + cell : "");
    }
  }

  /**
   * A box on a page of a PDF, in points from the page's top left corner.
   *
   * @param page 1-based page number
   * @param x left edge
   * @param y top edge
   * @param width the box's width
   * @param height the box's height
   */
  record PageBox(int page, BigDecimal x, BigDecimal y, BigDecimal width, BigDecimal height)
      implements Location {
    @Override
    public int rank() {
      return 4;
    }

    @Override
    public int compareSameKind(Location other) {
      PageBox o = (PageBox) other;
      int c = Integer.compare(page, o.page);
      c = c != 0 ? c : y.compareTo(o.y);
      return c != 0 ? c : x.compareTo(o.x);
    }

    public PageBox {
      Objects.requireNonNull(x, "x");
      Objects.requireNonNull(y, "y");
      Objects.requireNonNull(width, "width");
      Objects.requireNonNull(height, "height");
    }

    /** "page 3 (x 72, y 540)". */
    @Override
    public String text() {
      return "page " + page + " (x " + x.stripTrailingZeros().toPlainString() + ", y "
          + y.stripTrailingZeros().toPlainString() + ")";
    }
  }

  /**
   * An element of an HTML page.
   *
   * @param path the element's place among the page's tables ("table 2, row 5, cell 3") or a
   *     selector that finds it
   * @param line 1-based line of the element's start tag, or 0
   * @param col 1-based column of the element's start tag, or 0
   */
  record HtmlElement(String path, int line, int col) implements Location {
    @Override
    public int rank() {
      return 5;
    }

    @Override
    public int compareSameKind(Location other) {
      HtmlElement o = (HtmlElement) other;
      int c = line != o.line ? Integer.compare(line, o.line) : Integer.compare(col, o.col);
      return c != 0 ? c : path.compareTo(o.path);
    }

    public HtmlElement {
      Objects.requireNonNull(path, "path");
    }

    /** The path, with the line and column where known: "table 2, row 5, cell 3 (12:7)". */
    @Override
    public String text() {
      return line > 0 ? path + " (" + line + (col > 0 ? ":" + col : "") + ")" : path;
    }
  }
}

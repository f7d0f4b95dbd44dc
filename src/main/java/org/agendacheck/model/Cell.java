package org.agendacheck.model;

import java.math.BigDecimal;

/**
 * One value of a row, with its exact amount and where it stands in the source.
 *
 * <p>Cells are immutable apart from their placement: a {@link Table} links each cell to its row and
 * column when it is built.
 */
public final class Cell {
  private final CellKind kind;
  private final BigDecimal amount;
  private final String text;
  private final int line;
  private final int col;
  private String location;
  private BigDecimal otherReading;
  private CellFormula formula;
  private Row row;
  private Column column;

  private Cell(CellKind kind, BigDecimal amount, String text, int line, int col) {
    this.kind = kind;
    this.amount = amount;
    this.text = text;
    this.line = line;
    this.col = col;
  }

  private Cell copy() {
    Cell c = new Cell(kind, amount, text, line, col);
    c.location = location;
    c.otherReading = otherReading;
    c.formula = formula;
    return c;
  }

  /** This cell with a location in words ("Sheet1!C5", "table 2, row 5, cell 3"). */
  public Cell withLocation(String where) {
    Cell c = copy();
    c.location = where;
    return c;
  }

  /**
   * This cell with the other way its text can be read (a number whose separator is a decimal mark
   * in one reading and a thousands separator in the other).
   */
  public Cell withOtherReading(BigDecimal other) {
    Cell c = copy();
    c.otherReading = other;
    return c;
  }

  /** This cell with the spreadsheet formula it was computed by. */
  public Cell withFormula(CellFormula f) {
    Cell c = copy();
    c.formula = f;
    return c;
  }

  /** Where the cell is, in words, when the source has no lines (a workbook, a Word table), or null. */
  public String getLocation() {
    return location;
  }

  /** The other reading of an ambiguous number, or null when the text reads one way only. */
  public BigDecimal getOtherReading() {
    return otherReading;
  }

  /** The spreadsheet formula behind the cell, or null. */
  public CellFormula getFormula() {
    return formula;
  }

  /** A number cell. */
  public static Cell number(BigDecimal amount, String text, int line, int col) {
    return new Cell(CellKind.NUMBER, amount, text, line, col);
  }

  /** A cell of a kind other than number; nil cells have the amount 0. */
  public static Cell of(CellKind kind, String text, int line, int col) {
    if (kind == CellKind.NUMBER) {
      throw new IllegalArgumentException("number cells need an amount");
    }
    return new Cell(kind, kind == CellKind.NIL ? BigDecimal.ZERO : null, text, line, col);
  }

  public CellKind getKind() {
    return kind;
  }

  /** The exact amount of a number cell, 0 for nil, otherwise null. */
  public BigDecimal getAmount() {
    return amount;
  }

  /** The amount as a sum counts it: number and nil as they are, blank as 0, otherwise null. */
  public BigDecimal getCountedAmount() {
    return kind == CellKind.BLANK ? BigDecimal.ZERO : amount;
  }

  /** The cell as written in the source (a number's own digits, "PM", "-", "" for blank). */
  public String getText() {
    return text;
  }

  /** 1-based source line, or 0 when unknown. */
  public int getLine() {
    return line;
  }

  /** 1-based source column, or 0 when unknown. */
  public int getCol() {
    return col;
  }

  public boolean isNumber() {
    return kind == CellKind.NUMBER;
  }

  public boolean isPm() {
    return kind == CellKind.PM;
  }

  public boolean isNil() {
    return kind == CellKind.NIL;
  }

  public boolean isBlank() {
    return kind == CellKind.BLANK;
  }

  public boolean isInvalid() {
    return kind == CellKind.INVALID;
  }

  /** True for a number or nil cell: one with a known exact amount. */
  public boolean isKnown() {
    return kind == CellKind.NUMBER || kind == CellKind.NIL;
  }

  /** True when both cells have a known amount and the amounts are equal in value (1.0 = 1). */
  public boolean sameAmount(Cell other) {
    return isKnown() && other.isKnown() && amount.compareTo(other.amount) == 0;
  }

  public Row getRow() {
    return row;
  }

  public Column getColumn() {
    return column;
  }

  /**
   * The cell of the same row in the year column before this cell's (the nearest year column to
   * the left), or null when this cell is not in a year column, is the first year, or is not placed.
   */
  public Cell getPreviousYearCell() {
    if (row == null || column == null || column.getYear() == null
        || column.getPreviousYear() == null) {
      return null;
    }
    for (Column c : row.getTable().getColumns()) {
      if (column.getPreviousYear().equals(c.getYear())) {
        return row.cell(c);
      }
    }
    return null;
  }

  /**
   * Year-on-year growth in percent: (this amount &minus; previous year's) / previous year's &times;
   * 100. Defined only when both cells are known (number or nil) and the previous year's amount is
   * above 0; otherwise null. Exact when the quotient has a finite decimal expansion, else rounded
   * half-even to 34 significant digits, so comparing it with a threshold in percent is exact in
   * practice.
   */
  public BigDecimal getGrowthPercent() {
    Cell previous = getPreviousYearCell();
    if (previous == null || !isKnown() || !previous.isKnown()
        || previous.getAmount().signum() <= 0) {
      return null;
    }
    BigDecimal rise = amount.subtract(previous.getAmount()).multiply(BigDecimal.valueOf(100));
    try {
      return rise.divide(previous.getAmount());
    } catch (ArithmeticException repeating) {
      return rise.divide(previous.getAmount(), java.math.MathContext.DECIMAL128);
    }
  }

  /** {@link #getGrowthPercent()} for messages: rounded half-up to one decimal ("150", "316.7"). */
  public String getGrowthText() {
    BigDecimal g = getGrowthPercent();
    if (g == null) {
      return null;
    }
    BigDecimal r = g.setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return r.signum() == 0 ? "0" : r.toPlainString();
  }

  void place(Row row, Column column) {
    this.row = row;
    this.column = column;
  }

  /** The cell as a report shows it: plain digits for amounts, else the source text. */
  public String display() {
    return switch (kind) {
      case NUMBER -> amount.toPlainString();
      case NIL -> "-";
      case PM -> "PM";
      case BLANK -> "blank";
      case INVALID -> text;
    };
  }

  @Override
  public String toString() {
    return display();
  }
}

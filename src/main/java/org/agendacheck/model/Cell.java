package org.agendacheck.model;

import java.math.BigDecimal;

/**
 * One value of a row, with its exact amount and where it stands in the source.
 *
 * <p>Cells are immutable apart from their placement: a {@link Table} links each cell to its row and
 * column when it is built.
 */
public final class Cell {
  private static final CellKind[] KINDS = CellKind.values();
  /** An amount's scale beside {@link #unscaled}, when the unscaled value fits a long. */
  private static final int NOT_COMPACT = Byte.MIN_VALUE;

  // A large table holds millions of cells, so a cell is 40 bytes: a number is kept as unscaled
  // long and scale where it fits (no BigDecimal object), its source text only where it is not the
  // amount's own digits, and its column as an index into its row's table.
  private final byte kind;
  private final byte scale;
  private short column = -1;
  private final long unscaled;
  /**
   * The text as written (String), a BigDecimal that does not fit, or both ({@link Wide}); or, for
   * the few cells that carry more, an {@link Attached} holding that value and the rest. One field
   * for both keeps a plain cell at 40 bytes.
   */
  private final Object extra;
  private final int line;
  private final int col;
  private Row row;

  /** A number that does not fit a long, written other than as its own digits. */
  private record Wide(BigDecimal amount, String text) {}

  /** The rarely set parts of a cell, kept apart so that plain cells stay small. */
  private record Attached(Object value, Location location, BigDecimal otherReading, CellFormula formula,
      String footnote) {}

  /**
   * A worksheet cell whose only attachment is its place: the row and column are kept in the line
   * and col fields (which a sheet cell does not use otherwise), so a large sheet's cells need no
   * location object each.
   */
  private record InSheet(Object value, String sheet) {}

  /** The last sheet's tag for cells without a value of their own, shared by all its cells. */
  private static volatile InSheet sheetTag = new InSheet(null, "");

  private Cell(CellKind kind, BigDecimal amount, String text, int line, int col) {
    this.kind = (byte) kind.ordinal();
    this.line = line;
    this.col = col;
    if (amount != null && amount.scale() > NOT_COMPACT && amount.scale() <= Byte.MAX_VALUE
        && amount.precision() <= 18) {
      this.scale = (byte) amount.scale();
      // Scaled to a whole number first: unscaledValue() would make a BigInteger per cell.
      this.unscaled = amount.scaleByPowerOfTen(amount.scale()).longValue();
      this.extra = text;
    } else {
      this.scale = NOT_COMPACT;
      this.unscaled = 0;
      this.extra = amount == null ? text : text == null ? amount : new Wide(amount, text);
    }
  }

  /** A number cell held compactly: the caller gives a scale a byte holds and fewer than 19 digits. */
  private Cell(long unscaled, int scale, int line, int col) {
    this.kind = (byte) CellKind.NUMBER.ordinal();
    this.scale = (byte) scale;
    this.unscaled = unscaled;
    this.extra = null;
    this.line = line;
    this.col = col;
  }

  private Cell(Cell c, Attached attached) {
    this.kind = c.kind;
    this.scale = c.scale;
    this.unscaled = c.unscaled;
    this.extra = attached;
    this.line = c.getLine();
    this.col = c.getCol();
  }

  private Cell(Cell c, Location.SheetCell at) {
    this.kind = c.kind;
    this.scale = c.scale;
    this.unscaled = c.unscaled;
    if (c.extra == null) {
      InSheet tag = sheetTag;
      if (!tag.sheet().equals(at.sheet())) {
        tag = new InSheet(null, at.sheet());
        sheetTag = tag;
      }
      this.extra = tag;
    } else {
      this.extra = new InSheet(c.extra, at.sheet());
    }
    this.line = at.row();
    this.col = at.column();
  }

  private Attached attached() {
    if (extra instanceof Attached a) {
      return a;
    }
    if (extra instanceof InSheet s) {
      return new Attached(s.value(), new Location.SheetCell(s.sheet(), line, col), null, null,
          null);
    }
    return new Attached(extra, null, null, null, null);
  }

  /** The text, the amount that does not fit, or both: {@link #extra} without the attached parts. */
  private Object value() {
    return extra instanceof Attached a ? a.value() : extra instanceof InSheet s ? s.value() : extra;
  }

  /**
   * This cell at a place of a source without lines (a worksheet cell, a cell of a Word table, a box
   * on a PDF page, an HTML element).
   */
  public Cell withLocation(Location where) {
    if (where instanceof Location.SheetCell at && line == 0 && col == 0
        && !(extra instanceof Attached) && !(extra instanceof InSheet)) {
      return new Cell(this, at);
    }
    Attached a = attached();
    return new Cell(this, new Attached(a.value(), where, a.otherReading(), a.formula(), a.footnote()));
  }

  /**
   * This cell with the other way its text can be read (a number whose separator is a decimal mark
   * in one reading and a thousands separator in the other).
   */
  public Cell withOtherReading(BigDecimal other) {
    Attached a = attached();
    return new Cell(this, new Attached(a.value(), a.location(), other, a.formula(), a.footnote()));
  }

  /** This cell with the spreadsheet formula it was computed by. */
  public Cell withFormula(CellFormula f) {
    Attached a = attached();
    return new Cell(this, new Attached(a.value(), a.location(), a.otherReading(), f, a.footnote()));
  }

  /** This cell with the footnote mark printed after its number ("*" in "537,7*", "1" in "1.234¹"). */
  public Cell withFootnote(String mark) {
    Attached a = attached();
    return new Cell(this, new Attached(a.value(), a.location(), a.otherReading(), a.formula(), mark));
  }

  /** The footnote mark printed after the number, or null. */
  public String getFootnote() {
    return extra instanceof Attached a ? a.footnote() : null;
  }

  /**
   * Where the cell is: the place a reader gave it, else its line and column ({@link
   * Location#NOWHERE} when neither is known).
   */
  public Location getLocation() {
    if (extra instanceof InSheet s) {
      return new Location.SheetCell(s.sheet(), line, col);
    }
    Location given = extra instanceof Attached a ? a.location() : null;
    return given != null ? given : Location.at(line, col);
  }

  /** The other reading of an ambiguous number, or null when the text reads one way only. */
  public BigDecimal getOtherReading() {
    return extra instanceof Attached a ? a.otherReading() : null;
  }

  /** The spreadsheet formula behind the cell, or null. */
  public CellFormula getFormula() {
    return extra instanceof Attached a ? a.formula() : null;
  }

  /**
   * A number cell.
   *
   * @param amount the exact amount
   * @param text the number as written, or null when that is the amount's own digits
   */
  public static Cell number(BigDecimal amount, String text, int line, int col) {
    String kept = text == null || text.equals(amount.toString()) ? null : text;
    return new Cell(CellKind.NUMBER, amount, kept, line, col);
  }

  /**
   * A number cell written as its own digits, given as unscaled value and scale (12.50 as 1250 and
   * 2): the same cell as {@link #number(BigDecimal, String, int, int)} gives for
   * {@code BigDecimal.valueOf(unscaled, scale)} and no text, without making that BigDecimal.
   *
   * @throws IllegalArgumentException when the unscaled value has more than 18 digits or the scale
   *     is outside 0 to 127
   */
  public static Cell number(long unscaled, int scale, int line, int col) {
    if (scale < 0 || scale > Byte.MAX_VALUE || unscaled <= -1_000_000_000_000_000_000L
        || unscaled >= 1_000_000_000_000_000_000L) {
      throw new IllegalArgumentException("not a compact amount: " + unscaled + " at scale " + scale);
    }
    return new Cell(unscaled, scale, line, col);
  }

  /** A cell of a kind other than number; nil cells have the amount 0. */
  public static Cell of(CellKind kind, String text, int line, int col) {
    if (kind == CellKind.NUMBER) {
      throw new IllegalArgumentException("number cells need an amount");
    }
    return new Cell(kind, kind == CellKind.NIL ? BigDecimal.ZERO : null, text, line, col);
  }

  public CellKind getKind() {
    return KINDS[kind];
  }

  /** The sign of the amount (-1, 0 or 1), without making the amount; 0 for a cell without one. */
  public int signum() {
    if (scale != NOT_COMPACT) {
      return Long.signum(unscaled);
    }
    BigDecimal a = getAmount();
    return a == null ? 0 : a.signum();
  }

  /** The exact amount of a number cell, 0 for nil, otherwise null. */
  public BigDecimal getAmount() {
    if (scale != NOT_COMPACT) {
      return BigDecimal.valueOf(unscaled, scale);
    }
    Object v = value();
    return v instanceof BigDecimal b ? b : v instanceof Wide w ? w.amount() : null;
  }

  /**
   * The scale of the amount when the cell holds it compactly (an unscaled value that fits a long),
   * else {@link Integer#MIN_VALUE}. With {@link #getCompactUnscaled()} it lets a sum of millions of
   * cells add longs, without a BigDecimal per cell.
   */
  public int getCompactScale() {
    return scale != NOT_COMPACT && getKind() == CellKind.NUMBER ? scale : Integer.MIN_VALUE;
  }

  /** The unscaled amount when {@link #getCompactScale()} gives a scale; otherwise 0. */
  public long getCompactUnscaled() {
    return scale != NOT_COMPACT ? unscaled : 0;
  }

  /**
   * The amount as a sum counts it: number and nil as they are, blank as 0, otherwise null (PM,
   * invalid and not applicable).
   */
  public BigDecimal getCountedAmount() {
    return getKind() == CellKind.BLANK ? BigDecimal.ZERO : getAmount();
  }

  /** The cell as written in the source (a number's own digits, "PM", "-", "" for blank). */
  public String getText() {
    String text = getWrittenText();
    return text == null && getKind() == CellKind.NUMBER ? getAmount().toString() : text;
  }

  /**
   * The text as the source wrote it, or null for a number known only by its value (whose
   * {@link #getText()} is its amount's digits).
   */
  public String getWrittenText() {
    Object v = value();
    return v instanceof String t ? t : v instanceof Wide w ? w.text() : null;
  }

  /** 1-based source line, or 0 when unknown. */
  public int getLine() {
    return extra instanceof InSheet ? 0 : line;
  }

  /** 1-based source column, or 0 when unknown. */
  public int getCol() {
    return extra instanceof InSheet ? 0 : col;
  }

  public boolean isNumber() {
    return getKind() == CellKind.NUMBER;
  }

  public boolean isPm() {
    return getKind() == CellKind.PM;
  }

  public boolean isNil() {
    return getKind() == CellKind.NIL;
  }

  public boolean isBlank() {
    return getKind() == CellKind.BLANK;
  }

  public boolean isInvalid() {
    return getKind() == CellKind.INVALID;
  }

  /** True for a not-applicable cell ("n.v.t.", "n.a.", "..."): no amount and none expected. */
  public boolean isNotApplicable() {
    return getKind() == CellKind.NOT_APPLICABLE;
  }

  /** True for a number or nil cell: one with a known exact amount. */
  public boolean isKnown() {
    return getKind() == CellKind.NUMBER || getKind() == CellKind.NIL;
  }

  /** True when both cells have a known amount and the amounts are equal in value (1.0 = 1). */
  public boolean sameAmount(Cell other) {
    return isKnown() && other.isKnown() && getAmount().compareTo(other.getAmount()) == 0;
  }

  public Row getRow() {
    return row;
  }

  public Column getColumn() {
    if (row == null || column == -1) {
      return null;
    }
    // A table wider than a short can count finds the column by the cell's place in its row.
    int index = column >= 0 ? column : row.getCells().indexOf(this);
    return row.getTable().getColumns().get(index);
  }

  /**
   * The cell of the same row in the year column before this cell's (the nearest year column to
   * the left), or null when this cell is not in a year column, is the first year, or is not placed.
   */
  public Cell getPreviousYearCell() {
    Column column = getColumn();
    if (column == null || column.getYear() == null || column.getPreviousYear() == null) {
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
    BigDecimal rise = getAmount().subtract(previous.getAmount()).multiply(BigDecimal.valueOf(100));
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
    this.column = column.getIndex() <= Short.MAX_VALUE ? (short) column.getIndex() : -2;
  }

  /** The cell as a report shows it: plain digits for amounts, else the source text. */
  public String display() {
    return switch (getKind()) {
      case NUMBER -> getAmount().toPlainString();
      case NIL -> "-";
      case PM -> "PM";
      case BLANK -> "blank";
      case INVALID -> getText();
      case NOT_APPLICABLE -> getText() == null || getText().isBlank() ? "n.a." : getText().trim();
    };
  }

  @Override
  public String toString() {
    return display();
  }
}

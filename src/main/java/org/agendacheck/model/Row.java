package org.agendacheck.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A table row: a label, an optional section, its role and one cell per column. */
public final class Row {
  private final String label;
  private final String section;
  private final RowRole role;
  private final List<Cell> cells;
  private final Ref ref;
  private final int line;
  private final int col;
  private final String id;
  private final Formula formula;
  private final Location location;
  private Table table;
  private int index;
  private List<Cell> amountCells = List.of();
  /** The kinds among the amount cells, one bit per {@link CellKind} ordinal. */
  private int amountKinds;
  /** True when an amount cell has another reading ({@link Cell#getOtherReading()}). */
  private boolean anyOtherReading;
  /** True when an amount cell has a spreadsheet formula ({@link Cell#getFormula()}). */
  private boolean anyCellFormula;
  private Row earlierTwin;
  private boolean possibleTotal;
  private List<String> notes = List.of();
  private Row earlierIdTwin;
  /** Formulas after the first: a row may state several relations its values must satisfy. */
  private List<Formula> moreFormulas = List.of();
  /** True for a formula row that is also an item of its section's subtotal and the total. */
  private boolean alsoItem;

  /**
   * @param label the row label as published
   * @param section the section the row belongs to, or null
   * @param role item, subtotal or total
   * @param cells the values, in column order
   * @param ref the row this one republishes, or null
   * @param line 1-based source line of the row (0 when unknown)
   * @param col 1-based source column of the row (0 when unknown)
   */
  public Row(String label, String section, RowRole role, List<Cell> cells, Ref ref, int line, int col) {
    this(null, label, section, role, null, cells, ref, line, col, null);
  }

  /**
   * A row of a source without lines.
   *
   * @param location where the row is (a sheet cell, a row of a Word table), or null
   */
  public Row(String label, String section, RowRole role, List<Cell> cells, Ref ref, int line, int col,
      Location location) {
    this(null, label, section, role, null, cells, ref, line, col, location);
  }

  /** A row that may carry an id and a formula, located by line. */
  public Row(String id, String label, String section, RowRole role, Formula formula,
      List<Cell> cells, Ref ref, int line, int col) {
    this(id, label, section, role, formula, cells, ref, line, col, null);
  }

  /**
   * A row that may carry an id and a formula.
   *
   * @param id the row's id ("7", "1a") that formulas name it by, or null
   * @param label the row label as published
   * @param section the section the row belongs to, or null
   * @param role item, subtotal, total or memo
   * @param formula the arithmetic the row's values must satisfy, over row ids, or null
   * @param cells the values, in column order
   * @param ref the row this one republishes, or null
   * @param line 1-based source line of the row (0 when unknown)
   * @param col 1-based source column of the row (0 when unknown)
   * @param location where the row is in a source without lines (a sheet cell), or null
   */
  public Row(String id, String label, String section, RowRole role, Formula formula,
      List<Cell> cells, Ref ref, int line, int col, Location location) {
    this.id = id;
    this.formula = formula;
    this.location = location;
    this.label = label;
    this.section = section;
    this.role = role;
    this.cells = List.copyOf(cells);
    this.ref = ref;
    this.line = line;
    this.col = col;
  }

  void place(Table table, int index) {
    this.table = table;
    this.index = index;
    List<Column> columns = table.getColumns();
    if (cells.size() != columns.size()) {
      return;
    }
    List<Cell> amounts = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      Column column = columns.get(i);
      cell.place(this, column);
      if (column.isAmount()) {
        amounts.add(cell);
        amountKinds |= 1 << cell.getKind().ordinal();
        anyOtherReading |= cell.getOtherReading() != null;
        anyCellFormula |= cell.getFormula() != null;
      }
    }
    // Most tables have amount columns only: then the cells themselves serve (a copy per row adds up).
    amountCells = amounts.size() == cells.size() ? cells : Collections.unmodifiableList(amounts);
  }

  public String getLabel() {
    return label;
  }

  /** The label trimmed and in lower case, as duplicate detection compares it. */
  public String getLabelKey() {
    return label.trim().toLowerCase(Locale.ROOT);
  }

  public String getSection() {
    return section;
  }

  public RowRole getRole() {
    return role;
  }

  /**
   * True for a line item: role item and no formula, or a formula row stated to be an item as well
   * ({@link #withRelations}). Only items add up into totals and subtotals.
   */
  public boolean isItem() {
    return role == RowRole.ITEM && (formula == null || alsoItem);
  }

  /**
   * Gives the row more relations than its one formula, before it is placed in a table: more
   * formulas its values must satisfy, each checked on its own, and, for a formula row of role item,
   * a place among the items that totals and subtotals add up. Returns this row.
   *
   * @param more formulas after the row's own one (which must be given when these are)
   * @param item true when a formula row of role item is also an item of the totals
   */
  public Row withRelations(List<Formula> more, boolean item) {
    if (table != null) {
      throw new IllegalStateException("the row is already placed in a table");
    }
    if (!more.isEmpty() && formula == null) {
      throw new IllegalArgumentException("more formulas need a first one");
    }
    this.moreFormulas = List.copyOf(more);
    this.alsoItem = item && formula != null && role == RowRole.ITEM;
    return this;
  }

  /** Every formula of the row, its own first; empty when it has none. */
  public List<Formula> getFormulas() {
    if (formula == null) {
      return List.of();
    }
    if (moreFormulas.isEmpty()) {
      return List.of(formula);
    }
    List<Formula> all = new ArrayList<>(moreFormulas.size() + 1);
    all.add(formula);
    all.addAll(moreFormulas);
    return Collections.unmodifiableList(all);
  }

  /** True for a formula row that is also an item of the totals ({@link #withRelations}). */
  public boolean isFormulaItem() {
    return alsoItem;
  }

  /**
   * True for an item row that a reader found named like a total ("Total DEL", "Stand …", "Saldo")
   * where nothing in the table's layout marks it as one: it is read as an item, and said so.
   */
  public boolean isPossibleTotal() {
    return possibleTotal;
  }

  /**
   * The texts of the footnotes the row's label refers to ("⁴ Deze getallen komen overeen met ...
   * de investeringsagenda NDS"), as the reader found them; empty when none.
   */
  public List<String> getNotes() {
    return notes;
  }

  /** Gives the row the texts of its label's footnotes; for the read layer. Returns this row. */
  public Row noted(List<String> texts) {
    notes = List.copyOf(texts);
    return this;
  }

  /** Marks this item row as named like a total ({@link #isPossibleTotal()}); returns it. */
  public Row markPossibleTotal() {
    possibleTotal = role == RowRole.ITEM;
    return this;
  }

  /** True for a memo row ("waarvan", "of which"): never summed, only invalid-value and PM checks. */
  public boolean isMemo() {
    return role == RowRole.MEMO;
  }

  /** The row's id, or null. */
  public String getId() {
    return id;
  }

  /** The row's formula, or null. */
  public Formula getFormula() {
    return formula;
  }

  /** True when the row has a formula, which it is checked against instead of its role's sums. */
  public boolean isFormulaRow() {
    return formula != null;
  }

  /** How messages name the row: "row 7 (label)" when it has an id, else the label. */
  public String getName() {
    return id == null ? label : "row " + id + " (" + label + ")";
  }

  public boolean isTotal() {
    return role == RowRole.TOTAL;
  }

  public boolean isSubtotal() {
    return role == RowRole.SUBTOTAL;
  }

  /** All values as given, whether or not they fit the columns. */
  public List<Cell> getCells() {
    return cells;
  }

  public int getValueCount() {
    return cells.size();
  }

  /** True when the row has exactly one value per column, so its values can be placed. */
  public boolean isPlaceable() {
    return table != null && cells.size() == table.getColumns().size();
  }

  /** The cells in amount columns (year and structural), or none when the row cannot be placed. */
  public List<Cell> getAmountCells() {
    return amountCells;
  }

  /**
   * True when an amount cell is of the kind. Rules test it on the row before they look at its cells
   * one by one, so that rows without such a cell cost one test, not one per cell.
   */
  public boolean hasAmount(CellKind kind) {
    return (amountKinds & 1 << kind.ordinal()) != 0;
  }

  /** True when an amount cell is blank ({@link #hasAmount}). */
  public boolean isAnyBlank() {
    return hasAmount(CellKind.BLANK);
  }

  /** True when an amount cell is PM ({@link #hasAmount}). */
  public boolean isAnyPm() {
    return hasAmount(CellKind.PM);
  }

  /** True when an amount cell is invalid ({@link #hasAmount}). */
  public boolean isAnyInvalid() {
    return hasAmount(CellKind.INVALID);
  }

  /** True when an amount cell is not applicable ({@link #hasAmount}). */
  public boolean isAnyNotApplicable() {
    return hasAmount(CellKind.NOT_APPLICABLE);
  }

  /** True when an amount cell reads two ways ({@link #hasAmount}: a test on the row first). */
  public boolean isAnyOtherReading() {
    return anyOtherReading;
  }

  /**
   * True when an amount cell was computed by a spreadsheet formula: rows without one need not be
   * looked at cell by cell for formulas.
   */
  public boolean isAnyCellFormula() {
    return anyCellFormula;
  }

  /** The cell of the given column, or null when the row cannot be placed. */
  public Cell cell(Column column) {
    return isPlaceable() ? cells.get(column.getIndex()) : null;
  }

  /** The cell in the structural column, or null. */
  public Cell getStructural() {
    Column c = table.getStructuralColumn();
    return c == null ? null : cell(c);
  }

  /** The cell in the last year column, or null. */
  public Cell getFinalYear() {
    Column c = table.getLastYearColumn();
    return c == null ? null : cell(c);
  }

  /**
   * The first earlier row of the same table with the same label (trimmed, any case) in the same
   * block, or null. A block is a run of rows in one section (rows without a section form one),
   * ended by a total, subtotal or formula row; a memo row is compared only with the memo rows
   * under the same parent row.
   */
  public Row getEarlierTwin() {
    return earlierTwin;
  }

  void setEarlierTwin(Row twin) {
    this.earlierTwin = twin;
  }

  /** The first earlier row of the same table with the same id, or null. */
  public Row getEarlierIdTwin() {
    return earlierIdTwin;
  }

  void setEarlierIdTwin(Row twin) {
    this.earlierIdTwin = twin;
  }

  /** True when {@code anySection} is set, or the row's section equals the given one (null too). */
  public boolean isIn(String section, boolean anySection) {
    return anySection || java.util.Objects.equals(this.section, section);
  }

  public Ref getRef() {
    return ref;
  }

  public int getLine() {
    return line;
  }

  public int getCol() {
    return col;
  }

  /**
   * Where the row is: the place a reader gave it, else its line and column ({@link
   * Location#NOWHERE} when neither is known).
   */
  public Location getLocation() {
    return location != null ? location : Location.at(line, col);
  }

  public Table getTable() {
    return table;
  }

  /** 0-based position among the table's rows. */
  public int getIndex() {
    return index;
  }

  @Override
  public String toString() {
    return label;
  }
}

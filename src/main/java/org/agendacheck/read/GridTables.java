package org.agendacheck.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellFormula;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Location;
import org.agendacheck.model.RowRole;

/**
 * Finds the tables in a grid of cells (a worksheet, a Word table): a header row with two or more
 * years, the label column left of the first year, section rows (a label and no values), subtotal
 * and total rows by their labels. A table ends after its total row, at a second empty row, or where
 * the next header starts.
 */
final class GridTables {
  private static final java.util.regex.Pattern ROW_NUMBER =
      java.util.regex.Pattern.compile("\\d{1,3}[a-z]?\\.?");
  private GridTables() {}

  /**
   * One grid cell: the text as shown (for a number cell, its digits), the model cell it reads as
   * (kind, amount, location), the cell's own address for formula references ("C5") or null, and
   * the formula text without '=' or null.
   *
   * <p>A worksheet holds millions of these while its tables are found, so a sheet cell keeps
   * neither its address nor a number's digits: both follow from the model cell's sheet location
   * and amount when asked for.
   */
  static final class GridCell {
    private final String text;
    private final Cell cell;
    private final String address;
    private final String formula;
    private final boolean inSheet;

    GridCell(String text, Cell cell, String address, String formula) {
      this(text, cell, address, formula, false);
    }

    private GridCell(String text, Cell cell, String address, String formula, boolean inSheet) {
      this.text = text;
      this.cell = cell;
      this.address = address;
      this.formula = formula;
      this.inSheet = inSheet;
    }

    /**
     * A worksheet cell, its address that of the cell's {@link Location.SheetCell}; a null text
     * stands for the plain digits of the cell's number.
     */
    static GridCell inSheet(String text, Cell cell, String formula) {
      return new GridCell(text, cell, null, formula, true);
    }

    /** True for a sheet number cell without formula: all of it follows from its model cell. */
    boolean isPlainSheetNumber() {
      return inSheet && text == null && formula == null;
    }

    String text() {
      if (text != null || !inSheet) {
        return text;
      }
      java.math.BigDecimal amount = cell.getAmount();
      return amount == null ? "" : amount.toPlainString();
    }

    Cell cell() {
      return cell;
    }

    String address() {
      if (address != null || !inSheet) {
        return address;
      }
      return cell.getLocation() instanceof Location.SheetCell s
          ? cellName(s.row() - 1, s.column() - 1) : null;
    }

    String formula() {
      return formula;
    }

    /** Whether the cell reads as a header's year, for a number decided from its value. */
    boolean isYear() {
      if (inSheet && text == null) {
        return TableBuilder.isYear(cell.getAmount());
      }
      return TableBuilder.isYear(text());
    }

    boolean isEmpty() {
      String t = text();
      return t == null || t.isBlank();
    }
  }

  /** A table found in a grid, before metadata: its rows as the builder holds them. */
  record Found(TableBuilder builder, int headerRow, int lastRow, String caption) {}

  /**
   * Reads every table in the grid. {@code rowLocation} names a row for findings about the whole
   * row; formulas of aggregate cells are resolved against the table's own cells.
   */
  static List<Found> find(List<List<GridCell>> grid,
      java.util.function.IntFunction<Location> rowLocation, CellPlace place) {
    List<Found> out = new ArrayList<>();
    int r = 0;
    while (r < grid.size()) {
      int years = countYears(grid.get(r));
      if (years < 2) {
        r++;
        continue;
      }
      List<GridCell> header = grid.get(r);
      int firstYear = -1;
      int lastCol = -1;
      for (int c = 0; c < header.size(); c++) {
        GridCell g = header.get(c);
        if (firstYear < 0 && g != null && g.isYear()) {
          firstYear = c;
        }
        if (firstYear >= 0 && !g.isEmpty()) {
          lastCol = c;
        }
      }
      int labelCol = Math.max(firstYear - 1, 0);
      List<String> keys = new ArrayList<>();
      for (int c = firstYear; c <= lastCol; c++) {
        keys.add(TableBuilder.cleanLabel(text(header.get(c))));
      }
      int next = r + 1;
      // header words continued on the next row ("p/j" under "Structureel")
      if (next < grid.size() && isHeaderContinuation(grid.get(next), labelCol, firstYear, lastCol)) {
        for (int c = firstYear; c <= lastCol; c++) {
          String more = c < grid.get(next).size() ? text(grid.get(next).get(c)).trim() : "";
          if (!more.isEmpty()) {
            keys.set(c - firstYear, (keys.get(c - firstYear) + " " + more).trim());
          }
        }
        next++;
      }
      TableBuilder b = new TableBuilder(keys);
      Map<String, Cell> byAddress = new HashMap<>();
      List<Pending> pending = new ArrayList<>();
      int empty = 0;
      int last = r;
      for (; next < grid.size(); next++) {
        List<GridCell> row = grid.get(next);
        if (countYears(row) >= 2 && b.hasRows()) {
          break;
        }
        String label = labelCol < row.size() ? text(row.get(labelCol)) : "";
        String number = labelCol > 0 && labelCol - 1 < row.size() ? text(row.get(labelCol - 1)) : "";
        if (!label.isBlank() && ROW_NUMBER.matcher(number.trim()).matches()) {
          // Row numbers in a column of their own are row ids, as a leading number in a label is.
          label = number.trim() + " " + label;
          b.numbered();
        }
        if (label.isBlank() && !b.hasRows() && pending.isEmpty()) {
          label = "";
        }
        // a view of the grid row, not a copy: a large sheet's tables hold one per row
        List<GridCell> values = new Span(row, firstYear, lastCol);
        boolean noValues = values.stream().allMatch(g -> g == null || g.isEmpty());
        if (label.isBlank() && noValues) {
          if (++empty >= 2 && b.hasRows()) {
            break;
          }
          continue;
        }
        empty = 0;
        List<Cell> cells = new ArrayList<>(values.size());
        for (int c = 0; c < values.size(); c++) {
          GridCell g = values.get(c);
          Cell cell = g == null ? Cell.of(CellKind.BLANK, "", 0, 0)
              .withLocation(place.at(next, firstYear + c)) : g.cell();
          cells.add(cell);
        }
        RowRole role = noValues ? null : TableBuilder.roleOf(label);
        pending.add(new Pending(label, cells, values, role, next));
        last = next;
        if (role == RowRole.TOTAL) {
          next++;
          break;
        }
      }
      // a cell whose formula is one cell of another sheet or workbook republishes that cell
      for (Pending p : pending) {
        List<GridCell> line = grid.get(p.gridRow);
        for (int c = 0; c < p.cells.size(); c++) {
          GridCell g = firstYear + c < line.size() ? line.get(firstYear + c) : null;
          if (g != null && g.formula() != null && p.role != RowRole.SUBTOTAL
              && p.role != RowRole.TOTAL && CellFormula.referenceIn(g.formula()) != null) {
            p.cells.set(c, p.cells.get(c).withFormula(new CellFormula(g.formula(), true,
                List.of(), List.of(g.formula()))));
          }
        }
      }
      // item cells first, then subtotals, then totals, so a formula can name a resolved cell;
      // a table without formulas needs no map of its cells
      boolean anyFormula = pending.stream().anyMatch(p -> p.role != RowRole.ITEM
          && p.values.stream().anyMatch(g -> g != null && g.formula() != null));
      for (Pending p : anyFormula ? pending : List.<Pending>of()) {
        for (int c = 0; c < p.values.size(); c++) {
          GridCell g = p.values.get(c);
          if (g != null && g.address() != null && p.role == RowRole.ITEM) {
            byAddress.put(g.address(), p.cells.get(c));
          }
        }
      }
      for (RowRole pass : List.of(RowRole.SUBTOTAL, RowRole.TOTAL)) {
        for (Pending p : pending) {
          if (p.role != pass) {
            continue;
          }
          for (int c = 0; c < p.values.size(); c++) {
            GridCell g = p.values.get(c);
            if (g != null && g.formula() != null) {
              Cell withFormula = p.cells.get(c).withFormula(
                  FormulaText.read(g.formula(), byAddress, grid));
              p.cells.set(c, withFormula);
            }
            if (g != null && g.address() != null) {
              byAddress.put(g.address(), p.cells.get(c));
            }
          }
        }
      }
      for (Pending p : pending) {
        // an immutable list, which the row keeps as it is instead of copying it
        b.add(p.label, List.copyOf(p.cells), 0, 0, rowLocation.apply(p.gridRow));
      }
      String caption = labelCol < header.size() ? text(header.get(labelCol)) : "";
      if (b.hasRows()) {
        out.add(new Found(b, r, last, caption));
      }
      r = Math.max(next, r + 1);
    }
    return out;
  }

  /** Where a grid cell stands in its source. */
  interface CellPlace {
    /** The location of the cell at 0-based grid row and column. */
    Location at(int row, int col);
  }

  private record Pending(String label, List<Cell> cells, List<GridCell> values, RowRole role,
      int gridRow) {}

  /** A row's cells from one column to another, null where a cell is missing; a view of the row. */
  private static final class Span extends java.util.AbstractList<GridCell> {
    private final List<GridCell> row;
    private final int from;
    private final int to;

    Span(List<GridCell> row, int from, int to) {
      this.row = row;
      this.from = from;
      this.to = to;
    }

    @Override
    public GridCell get(int i) {
      int c = from + i;
      return c < row.size() ? row.get(c) : null;
    }

    @Override
    public int size() {
      return Math.max(to - from + 1, 0);
    }
  }

  /** "C5" for 0-based row 4, column 2. */
  static String cellName(int row, int col) {
    StringBuilder b = new StringBuilder();
    int c = col + 1;
    while (c > 0) {
      int rem = (c - 1) % 26;
      b.insert(0, (char) ('A' + rem));
      c = (c - 1) / 26;
    }
    return b.append(row + 1).toString();
  }

  private static boolean isHeaderContinuation(List<GridCell> row, int labelCol, int firstYear,
      int lastCol) {
    if (labelCol < row.size() && labelCol < firstYear && row.get(labelCol) != null
        && !row.get(labelCol).isEmpty()) {
      return false;
    }
    boolean any = false;
    for (int c = firstYear; c <= lastCol && c < row.size(); c++) {
      GridCell g = row.get(c);
      if (g == null || g.isEmpty()) {
        continue;
      }
      if (g.cell().getKind() != CellKind.INVALID) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static int countYears(List<GridCell> row) {
    if (row instanceof XlsxSheet.SparseRow sparse) {
      return sparse.countYears();
    }
    int n = 0;
    for (GridCell g : row) {
      if (g != null && g.isYear()) {
        n++;
      }
    }
    return n;
  }

  private static String text(GridCell g) {
    return g == null || g.text() == null ? "" : g.text();
  }
}

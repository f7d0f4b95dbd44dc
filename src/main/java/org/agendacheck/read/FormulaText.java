package org.agendacheck.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellFormula;

/**
 * Reads a spreadsheet formula as a sum: which cells of the table it adds. SUM, SUBTOTAL(9 or 109,
 * …) and AGGREGATE(9, option, …) of cells and ranges, and '+', count as a plain sum; anything else
 * is kept as not plain. As in Excel, a SUBTOTAL or AGGREGATE leaves out the cells of its ranges that
 * are themselves SUBTOTAL or AGGREGATE cells, so a total over a whole section adds its items. Empty cells a range
 * covers (a section row, a spacer) add nothing and are not counted.
 */
final class FormulaText {
  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(?:(?<sheet>(?:'[^']+'|[A-Za-z0-9_.]+)!)?(?<from>\\$?[A-Z]{1,3}\\$?\\d+)"
          + "(?::(?<to>\\$?[A-Z]{1,3}\\$?\\d+))?|(?<sum>SUM\\(|(?<sub>SUBTOTAL\\(\\s*(?:9|109)\\s*,|AGGREGATE\\(\\s*9\\s*,\\s*[0-7]\\s*,))"
          + "|(?<op>[+,)]))\\s*");
  private static final Pattern ADDRESS = Pattern.compile("([A-Z]{1,3})(\\d+)");
  private static final int MAX_RANGE = 100_000;

  private FormulaText() {}

  static CellFormula read(String formula, Map<String, Cell> cells, List<List<GridTables.GridCell>> grid) {
    String f = formula.startsWith("=") ? formula.substring(1) : formula;
    f = f.replaceAll("(?i)_xlfn\\.", "");
    boolean plain = true;
    java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();
    List<Cell> added = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    Matcher m = TOKEN.matcher(f.toUpperCase(Locale.ROOT));
    int at = 0;
    while (at < f.length()) {
      if (!m.find(at) || m.start() != at) {
        plain = false;
        // skip one character and keep looking for references
        at++;
        continue;
      }
      at = m.end();
      if (m.group("sum") != null) {
        open.push(m.group("sub") != null);
        continue;
      }
      if (")".equals(m.group("op")) && !open.isEmpty()) {
        open.pop();
      }
      if (m.group("from") == null) {
        continue;
      }
      boolean inSubtotal = open.contains(Boolean.TRUE);
      if (m.group("sheet") != null) {
        outside.add(m.group().trim());
        continue;
      }
      int[] a = address(m.group("from"));
      int[] b = m.group("to") == null ? a : address(m.group("to"));
      long size = (long) (Math.abs(b[0] - a[0]) + 1) * (Math.abs(b[1] - a[1]) + 1);
      if (size > MAX_RANGE) {
        outside.add(m.group().trim());
        continue;
      }
      for (int r = Math.min(a[0], b[0]); r <= Math.max(a[0], b[0]); r++) {
        for (int c = Math.min(a[1], b[1]); c <= Math.max(a[1], b[1]); c++) {
          String name = GridTables.cellName(r, c);
          Cell cell = cells.get(name);
          if (cell != null && inSubtotal && cell.getFormula() != null
              && XlsxFormulas.isSubtotal(cell.getFormula().text())) {
            continue;
          }
          if (cell != null) {
            added.add(cell);
          } else if (!emptyInGrid(grid, r, c)) {
            outside.add(name);
          }
        }
      }
    }
    return new CellFormula(f, plain, added, outside);
  }

  private static boolean emptyInGrid(List<List<GridTables.GridCell>> grid, int r, int c) {
    return r >= grid.size() || c >= grid.get(r).size() || grid.get(r).get(c) == null
        || grid.get(r).get(c).isEmpty();
  }

  /** 0-based row and column of "C5" (dollar signs ignored). */
  private static int[] address(String ref) {
    Matcher m = ADDRESS.matcher(ref.replace("$", ""));
    if (!m.matches()) {
      return new int[] {0, 0};
    }
    int col = 0;
    for (char ch : m.group(1).toCharArray()) {
      col = col * 26 + (ch - 'A' + 1);
    }
    return new int[] {Integer.parseInt(m.group(2)) - 1, col - 1};
  }
}

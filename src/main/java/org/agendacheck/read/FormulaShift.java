package org.agendacheck.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shared formula as it reads in another cell: Excel writes the formula once ({@code <f
 * t="shared" si="0">SUM(B5:B16)</f>}) and the cells it was filled to name only the group, so their
 * relative references move by the distance to the first cell ({@code SUM(C5:C16)} one column on).
 */
final class FormulaShift {
  private static final Pattern REF = Pattern.compile(
      "(?<![A-Za-z0-9_.'\"!$])(?:('[^']*'|[A-Za-z0-9_.]+)!)?(\\$?)([A-Z]{1,3})(\\$?)(\\d{1,7})(?![A-Za-z0-9_(])"
          + "|\"[^\"]*\"");

  private FormulaShift() {}

  static String shift(String formula, int rows, int cols) {
    Matcher m = REF.matcher(formula);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (m.group(3) == null) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      int col = XlsxSheet.column(m.group(3));
      long row = Long.parseLong(m.group(5)) - 1;
      if (m.group(2).isEmpty()) {
        col += cols;
      }
      if (m.group(4).isEmpty()) {
        row += rows;
      }
      String ref = col < 0 || row < 0 || col >= XlsxSheet.MAX_COLUMNS || row >= XlsxSheet.MAX_ROWS
          ? "#REF!"
          : (m.group(1) == null ? "" : m.group(1) + "!") + m.group(2)
              + GridTables.cellName(0, col).replaceAll("\\d", "") + m.group(4) + (row + 1);
      m.appendReplacement(out, Matcher.quoteReplacement(ref));
    }
    m.appendTail(out);
    return out.toString();
  }
}

package org.agendacheck.report.view;

/**
 * A cell of a worksheet.
 *
 * @param sheet the sheet's name as the workbook gives it (unquoted)
 * @param row 0-based row index
 * @param column 0-based column index
 */
public record SheetPlace(String sheet, int row, int column) {
  /** The cell as a formula names it, sheet included: "NDS!D20", "'Mijn blad'!B3". */
  public String reference() {
    String s = sheet.matches("[A-Za-z0-9_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    return s + "!" + a1();
  }

  /** The cell in A1 notation without the sheet. */
  public String a1() {
    StringBuilder b = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      b.insert(0, (char) ('A' + (c - 1) % 26));
      c = (c - 1) / 26;
    }
    return b.append(row + 1).toString();
  }
}

package org.agendacheck.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the hand-made .xlsx fixtures under src/test/resources (committed as binary files), part by
 * part with {@link SheetXml}, in the XML Excel writes (shared strings, {@code #,##0} styles, {@code
 * SUBTOTAL}, merged title cells, a footnote row) or the XML scripts and openpyxl write (inline
 * strings, {@code t="d"} dates, formulas without cached values). Run after changing it: {@code java
 * -cp <test class path> org.agendacheck.read.WorkbookFixtures}; {@code WorkbookFixturesTest} checks
 * the committed files are these bytes.
 */
public final class WorkbookFixtures {
  private static final Path RES = Path.of("src/test/resources");
  private static final String[] YEARS = {"2026", "2027", "2028", "2029", "2030"};
  private static final String COLS = "BCDEFG";

  private WorkbookFixtures() {}

  public static void main(String[] args) throws Exception {
    writeAll(RES);
  }

  /** Every fixture, below {@code root} as under src/test/resources. */
  static void writeAll(Path root) throws Exception {
    excelSubtotals().write(root.resolve("read/xlsx/excel-subtotals.xlsx"));
    excelSubtotals().write(root.resolve("rules/formula-range/excel-subtotal-functions.xlsx"));
    scriptWithoutCachedValues(false).write(root.resolve("read/xlsx/script-no-cached-values.xlsx"));
    scriptWithoutCachedValues(true).write(
        root.resolve("rules/total-sum/script-typed-total-off-by-ten.xlsx"));
    notEvaluable().write(root.resolve("rules/invalid-value/xlsx-formula-not-evaluable.xlsx"));
    dateCells().write(root.resolve("rules/invalid-value/xlsx-date-cells.xlsx"));
    hugeNumbers(400).write(root.resolve("rules/invalid-value/xlsx-numbers-beyond-limits.xlsx"));
    footnoteRounding().write(root.resolve("rules/rounding-step/xlsx-footnote-row.xlsx"));
    damaged("<c r=\"B5\" t=\"s\"><v>99999</v></c>")
        .write(root.resolve("rules/parse-error/xlsx-shared-string-out-of-range.xlsx"));
    damaged("<c r=\"B5\" s=\"42\"><v>35</v></c>")
        .write(root.resolve("rules/parse-error/xlsx-style-out-of-range.xlsx"));
    ndsAndKernboodschap("NDS!%17").write(
        root.resolve("rules/reference-mismatch/xlsx-other-sheet-republished.xlsx"));
    ndsAndKernboodschap("NDS!%19").write(
        root.resolve("rules/reference-unresolved/xlsx-other-sheet-below-the-table.xlsx"));
    kernboodschapLinked(1100).write(root.resolve(
        "rules/reference-mismatch/xlsx-other-workbook-stale/kernboodschap-digitalisering.xlsx"));
    nds().write(root.resolve(
        "rules/reference-mismatch/xlsx-other-workbook-stale/nds-investeringsagenda-2025.xlsx"));
    kernboodschapLinked(1110).write(root.resolve(
        "rules/reference-mismatch/xlsx-other-workbook-right/kernboodschap-digitalisering.xlsx"));
    nds().write(root.resolve(
        "rules/reference-mismatch/xlsx-other-workbook-right/nds-investeringsagenda-2025.xlsx"));
    kernboodschapLinked(1110).write(
        root.resolve("rules/reference-unresolved/xlsx-other-workbook-not-given.xlsx"));
    rangeCopiedAcross().write(root.resolve("rules/formula-range/range-copied-across-the-row.xlsx"));
    rangeCopiedAcross().write(
        root.resolve("rules/formula-range/range-and-totals-baseline-per-finding.xlsx"));
    rangeCopiedAcross().write(root.resolve(
        "rules/formula-range/range-and-totals-sum-checks-off/nds-investeringsagenda-2025.xlsx"));
    rangeCopiedAcross().write(root.resolve(
        "rules/total-sum/range-check-off-totals-stay/nds-investeringsagenda-2025.xlsx"));
    subtotalRangeShort().write(
        root.resolve("rules/formula-range/subtotal-range-breaks-the-total.xlsx"));
    kernboodschapFootnoted().write(root.resolve(
        "rules/reference-inferred/footnote-names-the-table-xlsx/kernboodschap-digitalisering.xlsx"));
    nds().write(root.resolve(
        "rules/reference-inferred/footnote-names-the-table-xlsx/nds-investeringsagenda-2025.xlsx"));
  }

  /**
   * The Kernboodschap as a controller types it in Excel: the first row's label "Digitale Overheid
   * 4)", a footnote mark typed after it, and the footnotes in rows below the table, each in the
   * label column ("4) Dit betreft …": the figures match the NDS investment agenda).
   */
  static SheetXml kernboodschapFootnoted() {
    SheetXml x = SheetXml.excel();
    List<String> rows = new ArrayList<>();
    rows.add(SheetXml.row(1, x.text("A1", "Kernboodschap digitalisering")));
    rows.addAll(header(x, 3, "Bedragen in \u20AC mln. 3)"));
    rows.add(items(x, 5, "Digitale Overheid 4)", "745", "1110", "1355", "1510", "1615", "950"));
    rows.add(items(x, 6, "Digitale Economie", "595", "1075", "1395", "1575", "1535", "1550"));
    rows.add(items(x, 7, "Digitale Veiligheid", "300", "355", "390", "400", "345", "405"));
    rows.add(items(x, 8, "Digitale Samenleving", "65", "65", "75", "75", "75", "60"));
    rows.add(formulas(x, 9, "Totaal", "SUM(%5:%8)", new int[] {1705, 2605, 3215, 3560, 3570, 2965}));
    rows.add(SheetXml.row(11, x.text("A11",
        "3) Deze bedragen zijn op vijftallen naar boven afgerond.")));
    rows.add(SheetXml.row(12, x.text("A12", "4) Dit betreft een eerste indicatie van de geraamde "
        + "kosten voor realisatie van de NDS. Deze getallen komen overeen met de meest recente "
        + "versie van de investeringsagenda NDS.")));
    return x.sheet("Kernboodschap", rows);
  }

  /**
   * A section grown after its subtotal was written: Cloud added as the last row of Prioriteit, and
   * the subtotal's {@code SUM(B6:B7)} not stretched to it, in every column; the Totaal adds the two
   * subtotals ({@code =B9+B13}), so Excel's cached figures carry the shortfall into it.
   */
  static SheetXml subtotalRangeShort() {
    SheetXml x = SheetXml.excel();
    List<String> rows = new ArrayList<>();
    rows.add(SheetXml.row(1, x.text("A1", "Tabel 2 Investeringsagenda NDS, uitgesplitst")));
    rows.addAll(header(x, 3, "Bedragen in \u20AC mln."));
    rows.add(SheetXml.row(5, x.text("A5", "Prioriteit")));
    int r = 6;
    for (String[] line : PRIORITEIT) {
      rows.add(items(x, r++, line[0], tail(line)));
    }
    int[] shortSum = sum(java.util.Arrays.copyOf(PRIORITEIT, 2));
    rows.add(formulas(x, r++, "Subtotaal prioriteiten", "SUM(%6:%7)", shortSum));
    rows.add(SheetXml.row(r, x.text("A" + r, "Interventie")));
    r++;
    for (String[] line : INTERVENTIE) {
      rows.add(items(x, r++, line[0], tail(line)));
    }
    rows.add(formulas(x, r++, "Subtotaal interventies", "SUM(%11:%12)", sum(INTERVENTIE)));
    rows.add(formulas(x, r++, "Totaal", "%9+%13", add(shortSum, sum(INTERVENTIE))));
    r++;
    rows.add(SheetXml.row(r, x.text("A" + r, "Bron: Ministerie van BZK.")));
    return x.sheet("Investeringsagenda", rows, "<mergeCells count=\"1\"><mergeCell ref=\"A1:G1\"/>"
        + "</mergeCells>");
  }

  /**
   * The NDS agenda whose Totaal was written once as {@code SUM(B6:B15)} and filled right to G: the
   * range stops a row short of the last item (row 16) in every column, and Excel caches what the
   * short range adds.
   */
  static SheetXml rangeCopiedAcross() {
    SheetXml x = SheetXml.excel();
    List<String> rows = ndsRows(x);
    int[] last = {125, 145, 160, 185, 180, 50};
    int[] cached = new int[6];
    for (int c = 0; c < 6; c++) {
      cached[c] = NDS_TOTAAL[c] - last[c];
    }
    rows.set(rows.size() - 1, formulas(x, 17, "Totaal", "SUM(%6:%15)", cached));
    return x.sheet("NDS", rows);
  }

  private static final String[][] NDS_PRIORITEIT = {
      {"Data", "35", "65", "90", "115", "140", "85"},
      {"AI", "40", "50", "50", "50", "50", "45"},
      {"Cloud", "60", "150", "190", "215", "225", "125"},
      {"Digitaal Vakmanschap", "30", "125", "200", "200", "210", "115"},
      {"Burgers & ondernemers centraal", "175", "175", "175", "175", "175", "175"},
      {"Digitale weerbaarheid en autonomie", "165", "235", "310", "365", "430", "225"}};
  private static final String[][] NDS_INTERVENTIE = {
      {"Standaarden", "5", "30", "35", "45", "45", "10"},
      {"Collectieve oplossingen, EDI", "85", "115", "130", "160", "160", "110"},
      {"IT-sourcing en inkoop", "25", "20", "15", "PM", "PM", "10"},
      {"Digitale wetgeving, wegnemen juridische belemmeringen", "125", "145", "160", "185", "180",
          "50"}};
  private static final int[] NDS_TOTAAL = {745, 1110, 1355, 1510, 1615, 950};

  /** The NDS agenda's rows on sheet "NDS": items in rows 6-11 and 13-16, Totaal in row 17. */
  private static List<String> ndsRows(SheetXml x) {
    List<String> rows = new ArrayList<>();
    rows.add(SheetXml.row(1, x.text("A1", "Stand van zaken - Investeringsagenda NDS")));
    rows.addAll(header(x, 3, "Bedragen in \u20AC mln."));
    rows.add(SheetXml.row(5, x.text("A5", "Prioriteit")));
    int r = 6;
    for (String[] line : NDS_PRIORITEIT) {
      rows.add(items(x, r++, line[0], tail(line)));
    }
    rows.add(SheetXml.row(r, x.text("A" + r, "Interventie")));
    r++;
    for (String[] line : NDS_INTERVENTIE) {
      rows.add(items(x, r++, line[0], tail(line)));
    }
    rows.add(formulas(x, r, "Totaal", "SUM(%6:%16)", NDS_TOTAAL));
    return rows;
  }

  /** The NDS agenda alone, as its own workbook. */
  static SheetXml nds() {
    SheetXml x = SheetXml.excel();
    return x.sheet("NDS", ndsRows(x));
  }

  /** The Kernboodschap's rows: its first row's cells are the given formula ({@code %} the column). */
  private static List<String> kernRows(SheetXml x, String first, int[] firstValues) {
    List<String> rows = new ArrayList<>();
    rows.add(SheetXml.row(1, x.text("A1", "Kernboodschap digitalisering")));
    rows.addAll(header(x, 3, "Bedragen in \u20AC mln."));
    rows.add(formulas(x, 5, "Digitale Overheid", first, firstValues));
    rows.add(items(x, 6, "Digitale Economie", "595", "1075", "1395", "1575", "1535", "1550"));
    rows.add(items(x, 7, "Digitale Veiligheid", "300", "355", "390", "400", "345", "405"));
    rows.add(items(x, 8, "Digitale Samenleving", "65", "65", "75", "75", "75", "60"));
    int[] total = add(firstValues, new int[] {960, 1495, 1860, 2050, 1955, 2015});
    rows.add(formulas(x, 9, "Totaal", "SUM(%5:%8)", total));
    return rows;
  }

  /**
   * One workbook of two sheets, as a controller keeps them: the NDS agenda, and the Kernboodschap
   * whose first row takes the agenda's Totaal by formula ({@code =NDS!B17}, …); Excel caches what
   * the formula finds there, so a formula pointing below the table caches 0.
   */
  static SheetXml ndsAndKernboodschap(String formula) {
    SheetXml x = SheetXml.excel();
    x.sheet("NDS", ndsRows(x));
    int[] cached = formula.endsWith("%17") ? NDS_TOTAAL : new int[6];
    return x.sheet("Kernboodschap", kernRows(x, formula, cached));
  }

  /**
   * The Kernboodschap in a workbook of its own whose first row links the NDS workbook ({@code
   * [1]NDS!B17}, …, an external link to nds-investeringsagenda-2025.xlsx); the link's values are
   * those Excel cached when it last updated it, with the given figure for 2027.
   */
  static SheetXml kernboodschapLinked(int cached2027) {
    SheetXml x = SheetXml.excel();
    int[] values = NDS_TOTAAL.clone();
    values[1] = cached2027;
    java.util.Map<String, String> cache = new java.util.LinkedHashMap<>();
    for (int c = 0; c < 6; c++) {
      cache.put(COLS.charAt(c) + "17", String.valueOf(values[c]));
    }
    x.externalLink("nds-investeringsagenda-2025.xlsx", "NDS", cache);
    return x.sheet("Kernboodschap", kernRows(x, "[1]NDS!%17", values));
  }

  /** Header rows at {@code r}: caption, years, Structureel; "p/j" on the row below. */
  private static List<String> header(SheetXml x, int r, String caption) {
    List<String> cells = new ArrayList<>();
    cells.add(x.text("A" + r, caption));
    for (int y = 0; y < YEARS.length; y++) {
      cells.add(x.number(COLS.charAt(y) + "" + r, YEARS[y]));
    }
    cells.add(x.text("G" + r, "Structureel"));
    return List.of(SheetXml.row(r, cells.toArray(String[]::new)),
        SheetXml.row(r + 1, x.text("G" + (r + 1), "p/j")));
  }

  private static String items(SheetXml x, int r, String label, String... values) {
    List<String> cells = new ArrayList<>();
    cells.add(x.text("A" + r, label));
    for (int c = 0; c < values.length; c++) {
      String ref = COLS.charAt(c) + "" + r;
      cells.add(values[c].matches("-?\\d+(\\.\\d+)?") ? x.number(ref, values[c])
          : x.text(ref, values[c]));
    }
    return SheetXml.row(r, cells.toArray(String[]::new));
  }

  /** A row of formulas, one per column; {@code %} in the formula is the column letter. */
  private static String formulas(SheetXml x, int r, String label, String formula, int[] cached) {
    List<String> cells = new ArrayList<>();
    cells.add(x.text("A" + r, label));
    for (int c = 0; c < 6; c++) {
      char col = COLS.charAt(c);
      cells.add(x.formula(col + "" + r, formula.replace("%", String.valueOf(col)),
          cached == null ? null : String.valueOf(cached[c])));
    }
    return SheetXml.row(r, cells.toArray(String[]::new));
  }

  private static final String[][] PRIORITEIT = {
      {"Data", "35", "65", "90", "115", "140", "85"},
      {"AI", "40", "50", "50", "50", "50", "45"},
      {"Cloud", "60", "150", "190", "215", "225", "125"}};
  private static final String[][] INTERVENTIE = {
      {"Standaarden", "5", "30", "35", "45", "45", "10"},
      {"Collectieve oplossingen, EDI", "85", "115", "130", "160", "160", "110"}};

  private static int[] sum(String[][] rows) {
    int[] s = new int[6];
    for (String[] r : rows) {
      for (int c = 0; c < 6; c++) {
        s[c] += Integer.parseInt(r[c + 1]);
      }
    }
    return s;
  }

  private static int[] add(int[] a, int[] b) {
    int[] s = new int[6];
    for (int c = 0; c < 6; c++) {
      s[c] = a[c] + b[c];
    }
    return s;
  }

  private static String[] tail(String[] r) {
    return java.util.Arrays.copyOfRange(r, 1, r.length);
  }

  /**
   * Excel's own idiom: a merged title over the table, the caption "Bedragen in € mln.", sections
   * closed by {@code SUBTOTAL(9,…)} rows, a total {@code SUBTOTAL(9,B6:B14)} over the whole table
   * (which leaves the subtotals out, as Excel does), numbers in {@code #,##0}, a footnote row.
   */
  static SheetXml excelSubtotals() {
    SheetXml x = SheetXml.excel();
    List<String> rows = new ArrayList<>();
    rows.add(SheetXml.row(1, x.text("A1", "Tabel 2 Investeringsagenda NDS, uitgesplitst")));
    rows.addAll(header(x, 3, "Bedragen in \u20AC mln."));
    rows.add(SheetXml.row(5, x.text("A5", "Prioriteit")));
    int r = 6;
    for (String[] line : PRIORITEIT) {
      rows.add(items(x, r++, line[0], tail(line)));
    }
    rows.add(formulas(x, r++, "Subtotaal prioriteiten", "SUBTOTAL(9,%6:%8)", sum(PRIORITEIT)));
    rows.add(SheetXml.row(r, x.text("A" + r, "Interventie")));
    r++;
    for (String[] line : INTERVENTIE) {
      rows.add(items(x, r++, line[0], tail(line)));
    }
    rows.add(formulas(x, r++, "Subtotaal interventies", "SUBTOTAL(9,%11:%12)", sum(INTERVENTIE)));
    rows.add(formulas(x, r++, "Totaal", "SUBTOTAL(9,%6:%13)",
        add(sum(PRIORITEIT), sum(INTERVENTIE))));
    r++;
    rows.add(SheetXml.row(r, x.text("A" + r,
        "Bron: Ministerie van BZK. Bedragen zijn afgerond op vijftallen.")));
    return x.sheet("Investeringsagenda", rows, "<mergeCells count=\"1\"><mergeCell ref=\"A1:G1\"/>"
        + "</mergeCells>");
  }

  /**
   * As openpyxl writes a table a script filled: inline strings, subtotals and total as formulas
   * without cached values. With {@code typedTotal}, the total is a typed number 10 above the sum in
   * 2027.
   */
  static SheetXml scriptWithoutCachedValues(boolean typedTotal) {
    SheetXml x = SheetXml.script();
    List<String> rows = new ArrayList<>();
    rows.add(SheetXml.row(1, x.text("A1", "Investeringsagenda NDS (export)")));
    rows.addAll(header(x, 3, "Bedragen in \u20AC mln."));
    rows.add(SheetXml.row(5, x.text("A5", "Prioriteit")));
    int r = 6;
    for (String[] line : PRIORITEIT) {
      rows.add(items(x, r++, line[0], tail(line)));
    }
    rows.add(formulas(x, r++, "Subtotaal prioriteiten", "SUM(%6:%8)", null));
    rows.add(SheetXml.row(r, x.text("A" + r, "Interventie")));
    r++;
    for (String[] line : INTERVENTIE) {
      rows.add(items(x, r++, line[0], tail(line)));
    }
    rows.add(formulas(x, r++, "Subtotaal interventies", "%11+%12", null));
    if (typedTotal) {
      int[] t = add(sum(PRIORITEIT), sum(INTERVENTIE));
      t[1] += 10;
      String[] v = new String[6];
      for (int c = 0; c < 6; c++) {
        v[c] = String.valueOf(t[c]);
      }
      rows.add(items(x, r, "Totaal", v));
    } else {
      rows.add(formulas(x, r, "Totaal", "%9+%13", null));
    }
    return x.sheet("Sheet", rows);
  }

  /** A script's formula that nothing but Excel evaluates (a lookup into another sheet). */
  static SheetXml notEvaluable() {
    SheetXml x = SheetXml.script();
    List<String> rows = new ArrayList<>(header(x, 1, "Bedragen in \u20AC mln."));
    rows.add(items(x, 3, "Data", "35", "65", "90", "115", "140", "85"));
    rows.add(SheetXml.row(4, x.text("A4", "AI"), x.number("B4", "40"),
        x.formula("C4", "VLOOKUP(A4,Bron!A:F,3,FALSE)", null), x.number("D4", "50"),
        x.number("E4", "50"), x.number("F4", "50"), x.number("G4", "45")));
    rows.add(formulas(x, 5, "Totaal", "SUM(%3:%4)", null));
    return x.sheet("Agenda", rows);
  }

  /** A script's ISO dates ({@code t="d"}): a "peildatum" row above the header and one amount. */
  static SheetXml dateCells() {
    SheetXml x = SheetXml.script();
    List<String> rows = new ArrayList<>();
    rows.add(SheetXml.row(1, x.text("A1", "Peildatum"),
        "<c r=\"B1\" t=\"d\"><v>2026-03-01T00:00:00</v></c>"));
    rows.addAll(header(x, 3, "Bedragen in \u20AC mln."));
    rows.add(items(x, 5, "Data", "35", "65", "90", "115", "140", "85"));
    rows.add(SheetXml.row(6, x.text("A6", "AI"), x.number("B6", "40"),
        "<c r=\"C6\" t=\"d\"><v>2027-01-01T00:00:00</v></c>", x.number("D6", "50"),
        x.number("E6", "50"), x.number("F6", "50"), x.number("G6", "45")));
    return x.sheet("Sheet1", rows);
  }

  /** Numbers no spreadsheet stores: an exponent of nine digits, {@code digits} random digits. */
  static SheetXml hugeNumbers(int digits) {
    SheetXml x = SheetXml.excel();
    List<String> rows = new ArrayList<>(header(x, 1, "Bedragen in \u20AC mln."));
    rows.add(items(x, 3, "Data", "35", "65", "90", "115", "140", "85"));
    rows.add(SheetXml.row(4, x.text("A4", "AI"), x.number("B4", "1E-999999999"),
        x.number("C4", randomDigits(digits)), x.number("D4", "50"), x.number("E4", "50"),
        x.number("F4", "50"), x.number("G4", "45")));
    return x.sheet("NDS", rows);
  }

  static String randomDigits(int n) {
    java.util.Random random = new java.util.Random(n);
    StringBuilder b = new StringBuilder("1");
    for (int i = 1; i < n; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  /** Excel's footnote row under the table: "afgerond op vijftallen", and a 37 in the table. */
  static SheetXml footnoteRounding() {
    SheetXml x = SheetXml.excel();
    List<String> rows = new ArrayList<>();
    rows.add(SheetXml.row(1, x.text("A1", "Kernboodschap digitalisering")));
    rows.addAll(header(x, 2, "Bedragen in \u20AC mln."));
    rows.add(items(x, 4, "Digitale Economie", "595", "1075", "1395", "1575", "1535", "1550"));
    rows.add(items(x, 5, "Digitale Veiligheid", "300", "357", "390", "400", "345", "405"));
    rows.add(formulas(x, 6, "Totaal", "SUM(%4:%5)",
        new int[] {895, 1432, 1785, 1975, 1880, 1955}));
    rows.add(SheetXml.row(8, x.text("A8",
        "Bedragen zijn op vijftallen afgerond; door afronding kunnen totalen afwijken.")));
    return x.sheet("Kernboodschap", rows);
  }

  /** An Excel workbook with one damaged cell in B5 of sheet "Begroting 2026". */
  static SheetXml damaged(String cell) {
    SheetXml x = SheetXml.excel();
    List<String> rows = new ArrayList<>(header(x, 2, "Bedragen in \u20AC mln."));
    rows.add(items(x, 4, "Data", "35", "65", "90", "115", "140", "85"));
    rows.add(SheetXml.row(5, x.text("A5", "AI"), cell, x.number("C5", "50")));
    return x.sheet("Begroting 2026", rows);
  }
}

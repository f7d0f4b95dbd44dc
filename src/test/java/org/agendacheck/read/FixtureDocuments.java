package org.agendacheck.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes the .xlsx and .docx fixtures under src/test/resources (committed as binary files). Run
 * once after changing it: {@code java -cp <test class path> org.agendacheck.read.FixtureDocuments}.
 */
public final class FixtureDocuments {
  private static final Path RES = Path.of("src/test/resources");

  /** The NDS table: section, label, six values. */
  static final List<String[]> NDS = List.of(
      new String[] {"Prioriteit"},
      new String[] {"Data", "35", "65", "90", "115", "140", "85"},
      new String[] {"AI", "40", "50", "50", "50", "50", "45"},
      new String[] {"Cloud", "60", "150", "190", "215", "225", "125"},
      new String[] {"Digitaal Vakmanschap", "30", "125", "200", "200", "210", "115"},
      new String[] {"Burgers & ondernemers centraal", "175", "175", "175", "175", "175", "175"},
      new String[] {"Digitale weerbaarheid en autonomie", "165", "235", "310", "365", "430", "225"},
      new String[] {"Interventie"},
      new String[] {"Standaarden", "5", "30", "35", "45", "45", "10"},
      new String[] {"Collectieve oplossingen, EDI", "85", "115", "130", "160", "160", "110"},
      new String[] {"IT-sourcing en inkoop", "25", "20", "15", "PM", "PM", "10"},
      new String[] {"Digitale wetgeving, wegnemen juridische belemmeringen", "125", "145", "160",
          "185", "180", "50"});
  static final String[] NDS_TOTAL = {"Totaal", "745", "1.110", "1.355", "1.510", "1.615", "950"};

  static final List<String[]> KERN = List.of(
      new String[] {"Digitale Overheid/realisatie NDS \u2074", "745", "1110", "1355", "1510", "1615", "950"},
      new String[] {"Digitale Economie", "595", "1075", "1395", "1575", "1535", "1550"},
      new String[] {"Digitale Veiligheid", "300", "355", "390", "400", "345", "405"},
      new String[] {"Digitale Samenleving", "65", "65", "75", "75", "75", "60"},
      new String[] {"Digitale Open Strategische Autonomie \u2075", "-", "-", "-", "-", "-", "-"});
  static final String[] KERN_TOTAL = {"Totaal", "1705", "2605", "3215", "3560", "3570", "2965"};

  private FixtureDocuments() {}

  public static void main(String[] args) throws Exception {
    writeAll(RES);
  }

  /** Writes every fixture below the given folder, as it is laid out under src/test/resources. */
  static void writeAll(Path root) throws Exception {
    for (String folder : List.of("read/xlsx", "read/docx", "rules/formula-range",
        "rules/parse-error", "rules/pm-entry", "rules/formula-mismatch")) {
      Files.createDirectories(root.resolve(folder));
    }
    // both seed tables in one workbook: numbers as numbers, PM and dashes as text, SUM totals
    write(root.resolve("read/xlsx/seed-tables.xlsx"), workbook(null));
    write(root.resolve("rules/pm-entry/seed-tables-workbook.xlsx"), workbook(null));
    // total formulas: one range a row short; one that adds the subtotals; one not a sum
    write(root.resolve("rules/formula-range/total-range-a-row-short.xlsx"), workbook("B18"));
    write(root.resolve("rules/formula-range/total-range-covers-items.xlsx"),
        subtotalWorkbook(false));
    write(root.resolve("rules/formula-range/total-adds-subtotals.xlsx"), subtotalWorkbook(true));
    // subtotal formulas as hand edits leave them: a row short, not a sum, a cell twice, the header
    write(root.resolve("rules/formula-range/subtotal-formulas-off.xlsx"), sections(new String[][] {
        {"Prioriteit"}, {"Data", "35", "65"}, {"AI", "40", "50"},
        {"Subtotaal prioriteiten", "=SUM(B3:B3)", "=ROUND(SUM(C3:C4),0)"}, {"Interventie"},
        {"Standaarden", "5", "30"}, {"EDI", "85", "115"},
        {"Subtotaal interventies", "=SUM(B7:B8,B8)", "=SUM(C4,C7:C8)"},
        {"Totaal", "=B5+B9", "=C5+C9"}}));
    write(root.resolve("read/docx/seed-tables.docx"), document());
    write(root.resolve("rules/pm-entry/seed-tables-document.docx"), document());
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("Een notitie zonder tabel.");
      write(root.resolve("rules/parse-error/docx-without-table.docx"), d);
    }
    byte[] good = Files.readAllBytes(root.resolve("read/xlsx/seed-tables.xlsx"));
    Files.write(root.resolve("rules/parse-error/xlsx-truncated.xlsx"),
        java.util.Arrays.copyOf(good, good.length / 2));
    byte[] noise = new byte[2048];
    new java.util.Random(4).nextBytes(noise);
    Files.write(root.resolve("rules/parse-error/docx-random-bytes.docx"), noise);
    encrypted(good, root.resolve("rules/parse-error/xlsx-password-protected.xlsx"));
    numbered(root);
  }

  /** A numbered reconciliation table (row numbers in a column of their own, formulas in labels). */
  static final String[][] KADERTOETS = {
      {"1", "Uitgavenkader Miljoenennota 2025", "310.4", "315.2", "320.9"},
      {"2", "Loon- en prijsbijstelling", "6.1", "6.3", "6.6"},
      {"3", "Overboekingen", "-1.2", "-0.8", "-"},
      {"4", "Uitgavenkader bij Voorjaarsnota (= 1 t/m 3)", "315.3", "320.7", "327.6"},
      {"5", "Uitgaven bij Voorjaarsnota", "315.0", "321.5", "327.6"},
      {"6", "Over/onderschrijding (= 5 - 4)", "-0.3", "0.8", "0.0"}};

  /** The Kadertoets as .xlsx and .docx: row 4's 2027 is 0.1 above 1 t/m 3. */
  static void numbered(Path root) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("Kadertoets");
    s.createRow(0).createCell(0).setCellValue("Tabel 1 Kadertoets");
    XSSFRow h = s.createRow(2);
    h.createCell(1).setCellValue("Bedragen x \u20AC 1 mln");
    for (int y = 0; y < 3; y++) {
      h.createCell(2 + y).setCellValue(2025 + y);
    }
    for (int r = 0; r < KADERTOETS.length; r++) {
      XSSFRow row = s.createRow(3 + r);
      String[] line = KADERTOETS[r];
      row.createCell(0).setCellValue(Double.parseDouble(line[0]));
      row.createCell(1).setCellValue(line[1]);
      for (int c = 2; c < line.length; c++) {
        if (line[c].equals("-")) {
          row.createCell(c).setCellValue("-");
        } else {
          row.createCell(c).setCellValue(Double.parseDouble(line[c]));
        }
      }
    }
    write(root.resolve("rules/formula-mismatch/xlsx-row-number-column.xlsx"), wb);
    XWPFDocument d = new XWPFDocument();
    d.createParagraph().createRun().setText("Tabel 1 Kadertoets (bedragen x \u20AC 1 mln)");
    XWPFTable t = d.createTable();
    XWPFTableRow hr = t.getRow(0);
    hr.getCell(0).setText("");
    hr.addNewTableCell().setText("");
    for (int y = 0; y < 3; y++) {
      hr.addNewTableCell().setText(String.valueOf(2025 + y));
    }
    for (String[] line : KADERTOETS) {
      XWPFTableRow row = t.createRow();
      for (int c = 0; c < line.length; c++) {
        row.getCell(c).setText(c < 2 ? line[c] : line[c].replace('.', ','));
      }
    }
    write(root.resolve("rules/formula-mismatch/docx-row-number-column.docx"), d);
  }

  private static void write(Path p, org.apache.poi.ooxml.POIXMLDocument doc) throws IOException {
    try (OutputStream out = Files.newOutputStream(p)) {
      doc.write(out);
    }
    doc.close();
  }

  private static void encrypted(byte[] xlsx, Path p) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("geheim");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(xlsx);
      }
      try (OutputStream out = Files.newOutputStream(p)) {
        fs.writeFilesystem(out);
      }
    }
  }

  private static void set(XSSFRow row, int col, String v) {
    if (v.matches("\\d+")) {
      row.createCell(col).setCellValue(Double.parseDouble(v));
    } else {
      row.createCell(col).setCellValue(v);
    }
  }

  /** Sheet NDS (title, caption, header over two rows, sections, SUM totals) and Kernboodschap. */
  private static XSSFWorkbook workbook(String shortEnd) {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("NDS");
    s.createRow(0).createCell(0).setCellValue("Stand van zaken - Investeringsagenda NDS");
    XSSFRow h = s.createRow(2);
    h.createCell(0).setCellValue("Bedragen in \u20AC mln.");
    for (int y = 0; y < 5; y++) {
      h.createCell(1 + y).setCellValue(2026 + y);
    }
    h.createCell(6).setCellValue("Structureel");
    s.createRow(3).createCell(6).setCellValue("p/j");
    int r = 4;
    for (String[] line : NDS) {
      XSSFRow row = s.createRow(r++);
      row.createCell(0).setCellValue(line[0]);
      for (int c = 1; c < line.length; c++) {
        set(row, c, line[c]);
      }
    }
    XSSFRow total = s.createRow(r);
    total.createCell(0).setCellValue("Totaal");
    for (int c = 1; c <= 6; c++) {
      String col = String.valueOf((char) ('A' + c));
      String end = shortEnd != null && c == 2 ? "C" + (r - 1) : col + r;
      total.createCell(c).setCellFormula("SUM(" + col + "5:" + end + ")");
    }
    XSSFSheet k = wb.createSheet("Kernboodschap");
    XSSFRow kh = k.createRow(0);
    kh.createCell(0).setCellValue("Bedragen in \u20AC mln.");
    for (int y = 0; y < 5; y++) {
      kh.createCell(1 + y).setCellValue(String.valueOf(2026 + y));
    }
    kh.createCell(6).setCellValue("Struc.");
    r = 1;
    for (String[] line : KERN) {
      XSSFRow row = k.createRow(r++);
      row.createCell(0).setCellValue(line[0]);
      for (int c = 1; c < line.length; c++) {
        set(row, c, line[c]);
      }
    }
    XSSFRow kt = k.createRow(r);
    kt.createCell(0).setCellValue("Totaal");
    for (int c = 1; c <= 6; c++) {
      String col = String.valueOf((char) ('A' + c));
      kt.createCell(c).setCellFormula("SUM(" + col + "2:" + col + "6)");
    }
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    return wb;
  }

  /** Items with subtotals per section; the total adds the items or the subtotals. */
  private static XSSFWorkbook subtotalWorkbook(boolean totalAddsSubtotals) {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("Onderdelen");
    XSSFRow h = s.createRow(0);
    h.createCell(0).setCellValue("Bedragen x \u20AC 1 mln");
    h.createCell(1).setCellValue(2026);
    h.createCell(2).setCellValue(2027);
    String[][] rows = {{"Prioriteit"}, {"Data", "35", "65"}, {"AI", "40", "50"},
        {"Subtotaal prioriteiten", "=SUM(B3:B4)", "=SUM(C3:C4)"}, {"Interventie"},
        {"Standaarden", "5", "30"}, {"EDI", "85", "115"},
        {"Subtotaal interventies", "=SUM(B7:B8)", "=C7+C8"},
        {"Totaal", totalAddsSubtotals ? "=B5+B9" : "=SUM(B2:B4,B6:B8)",
            totalAddsSubtotals ? "=C5+C9" : "=SUM(C3:C4)+SUM(C7:C8)"}};
    for (int r = 0; r < rows.length; r++) {
      XSSFRow row = s.createRow(r + 1);
      row.createCell(0).setCellValue(rows[r][0]);
      for (int c = 1; c < rows[r].length; c++) {
        if (rows[r][c].startsWith("=")) {
          row.createCell(c).setCellFormula(rows[r][c].substring(1));
        } else {
          set(row, c, rows[r][c]);
        }
      }
    }
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    return wb;
  }

  /** Sheet Onderdelen: items with subtotals per section, cells as given ("=..." a formula). */
  private static XSSFWorkbook sections(String[][] rows) {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("Onderdelen");
    XSSFRow h = s.createRow(0);
    h.createCell(0).setCellValue("Bedragen x \u20AC 1 mln");
    h.createCell(1).setCellValue(2026);
    h.createCell(2).setCellValue(2027);
    for (int r = 0; r < rows.length; r++) {
      XSSFRow row = s.createRow(r + 1);
      row.createCell(0).setCellValue(rows[r][0]);
      for (int c = 1; c < rows[r].length; c++) {
        if (rows[r][c].startsWith("=")) {
          row.createCell(c).setCellFormula(rows[r][c].substring(1));
        } else {
          set(row, c, rows[r][c]);
        }
      }
    }
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    return wb;
  }

  private static XWPFDocument document() {
    XWPFDocument d = new XWPFDocument();
    d.createParagraph().createRun().setText("Stand van zaken - Investeringsagenda NDS");
    d.createParagraph().createRun().setText("Hieronder staan de globale ramingen weergegeven "
        + "(afgerond op vijftallen vanwege eerdergenoemde onzekerheden).");
    d.createParagraph().createRun().setText("Tabel 1 Investeringsagenda NDS (bedragen x \u20AC 1 mln)");
    table(d, "", "Structureel", "p/j", NDS, NDS_TOTAL);
    d.createParagraph().createRun().setText("Kernboodschap digitalisering");
    table(d, "Bedragen in \u20AC mln.", "Struc.", null, KERN, KERN_TOTAL);
    d.createParagraph().createRun().setText("Deze bedragen zijn op vijftallen naar boven afgerond.");
    return d;
  }

  private static void table(XWPFDocument d, String caption, String structural, String under,
      List<String[]> rows, String[] total) {
    XWPFTable t = d.createTable();
    XWPFTableRow h = t.getRow(0);
    h.getCell(0).setText(caption);
    for (int y = 0; y < 5; y++) {
      h.addNewTableCell().setText(String.valueOf(2026 + y));
    }
    h.addNewTableCell().setText(structural);
    if (under != null) {
      XWPFTableRow u = t.createRow();
      u.getCell(6).setText(under);
    }
    for (String[] line : rows) {
      XWPFTableRow row = t.createRow();
      for (int c = 0; c < line.length; c++) {
        row.getCell(c).setText(line[c]);
      }
    }
    XWPFTableRow tr = t.createRow();
    for (int c = 0; c < total.length; c++) {
      tr.getCell(c).setText(total[c]);
    }
  }
}

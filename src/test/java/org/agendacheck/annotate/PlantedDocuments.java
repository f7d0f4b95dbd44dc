package org.agendacheck.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes the workbook and the document with planted errors under src/test/resources/annotate, laid
 * out the way a ministry's spreadsheet is: a merged title, a unit line, bold styled headers and
 * totals with a thousands format, SUM formulas with cached results, a defined name, a second sheet
 * of notes and a cell comment of the author's. Run after changing it: {@code java -cp <test class
 * path> org.agendacheck.annotate.PlantedDocuments}.
 *
 * <p>Planted: the 2027 total is typed over its formula (560, the items add up to 555); the 2026
 * total's SUM stops a row short; "Cloud" 2029 is PM; "AI" structural is above its 2030; "Data" 2028
 * reads "9O" (a letter O typed for a zero).
 */
public final class PlantedDocuments {
  static final Path DIR = Path.of("src/test/resources/annotate");

  static final List<String[]> ITEMS = List.of(
      new String[] {"Prioriteit"},
      new String[] {"Data", "35", "65", "9O", "115", "140", "85"},
      new String[] {"AI", "40", "50", "50", "50", "50", "65"},
      new String[] {"Cloud", "60", "150", "190", "PM", "225", "125"},
      new String[] {"Digitaal Vakmanschap", "30", "125", "200", "200", "210", "115"},
      new String[] {"Interventie"},
      new String[] {"Standaarden", "5", "30", "35", "45", "45", "10"},
      new String[] {"Collectieve oplossingen, EDI", "85", "115", "130", "160", "160", "110"},
      new String[] {"IT-sourcing en inkoop", "25", "20", "15", "20", "20", "10"});

  private PlantedDocuments() {}

  public static void main(String[] args) throws IOException {
    Files.createDirectories(DIR);
    write(DIR.resolve("planted-errors.xlsx"), workbook());
    write(DIR.resolve("planted-errors.docx"), document());
  }

  static XSSFWorkbook workbook() {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("Investeringsagenda");
    XSSFFont bold = wb.createFont();
    bold.setBold(true);
    XSSFCellStyle title = wb.createCellStyle();
    XSSFFont big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title.setFont(big);
    XSSFCellStyle head = wb.createCellStyle();
    head.setFont(bold);
    head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    head.setBorderBottom(BorderStyle.THIN);
    XSSFCellStyle amount = wb.createCellStyle();
    amount.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    XSSFCellStyle total = wb.createCellStyle();
    total.setFont(bold);
    total.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    total.setBorderTop(BorderStyle.THIN);
    XSSFCellStyle section = wb.createCellStyle();
    XSSFFont italic = wb.createFont();
    italic.setItalic(true);
    section.setFont(italic);

    XSSFRow t = s.createRow(0);
    t.createCell(0).setCellValue("Stand van zaken - Investeringsagenda NDS");
    t.getCell(0).setCellStyle(title);
    s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
    XSSFRow h = s.createRow(2);
    h.createCell(0).setCellValue("Bedragen in \u20AC mln.");
    h.getCell(0).setCellStyle(head);
    for (int y = 0; y < 5; y++) {
      h.createCell(1 + y).setCellValue(2026 + y);
      h.getCell(1 + y).setCellStyle(head);
    }
    h.createCell(6).setCellValue("Structureel");
    h.getCell(6).setCellStyle(head);
    int r = 3;
    for (String[] line : ITEMS) {
      XSSFRow row = s.createRow(r++);
      row.createCell(0).setCellValue(line[0]);
      if (line.length == 1) {
        row.getCell(0).setCellStyle(section);
      }
      for (int c = 1; c < line.length; c++) {
        if (line[c].matches("\\d+")) {
          row.createCell(c).setCellValue(Double.parseDouble(line[c]));
          row.getCell(c).setCellStyle(amount);
        } else {
          row.createCell(c).setCellValue(line[c]);
        }
      }
    }
    XSSFRow tr = s.createRow(r);
    tr.createCell(0).setCellValue("Totaal");
    tr.getCell(0).setCellStyle(total);
    for (int c = 1; c <= 6; c++) {
      String col = String.valueOf((char) ('A' + c));
      String end = col + (c == 1 ? r - 1 : r);
      tr.createCell(c).setCellFormula("SUM(" + col + "4:" + end + ")");
      tr.getCell(c).setCellStyle(total);
    }
    s.setColumnWidth(0, 36 * 256);
    s.createFreezePane(1, 3);
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    // typed over the formula, as happens when a figure is "corrected" by hand
    tr.getCell(2).setCellValue(560);
    var drawing = s.createDrawingPatriarch();
    var anchor = wb.getCreationHelper().createClientAnchor();
    anchor.setCol1(1);
    anchor.setRow1(2);
    anchor.setCol2(4);
    anchor.setRow2(6);
    var note = drawing.createCellComment(anchor);
    note.setString(wb.getCreationHelper().createRichTextString("Bron: Voorjaarsnota 2026"));
    note.setAuthor("Directie FEZ");
    h.getCell(1).setCellComment(note);
    XSSFName name = wb.createName();
    name.setNameName("Totaal_2026");
    name.setRefersToFormula("Investeringsagenda!$B$" + (r + 1));
    XSSFSheet n = wb.createSheet("Toelichting");
    n.createRow(0).createCell(0).setCellValue("Toelichting bij de investeringsagenda");
    n.createRow(1).createCell(0).setCellValue("Bedragen zijn afgerond op \u20AC 5 mln.");
    n.createRow(2).createCell(0).setCellFormula("Totaal_2026*2");
    wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(n.getRow(2).getCell(0));
    return wb;
  }

  static XWPFDocument document() {
    XWPFDocument d = new XWPFDocument();
    var p = d.createParagraph();
    var run = p.createRun();
    run.setBold(true);
    run.setText("Tabel 2 Investeringsagenda NDS (bedragen x \u20AC 1 mln)");
    XWPFTable t = d.createTable();
    XWPFTableRow hr = t.getRow(0);
    hr.getCell(0).setText("");
    for (int y = 0; y < 5; y++) {
      hr.addNewTableCell().setText(String.valueOf(2026 + y));
    }
    hr.addNewTableCell().setText("Structureel");
    long[] sums = new long[6];
    for (String[] line : ITEMS) {
      XWPFTableRow row = t.createRow();
      for (int c = 0; c < 7; c++) {
        String v = c < line.length ? line[c] : "";
        row.getCell(c).setText(v);
        if (c > 0 && v.matches("\\d+")) {
          sums[c - 1] += Long.parseLong(v);
        }
      }
    }
    XWPFTableRow tr = t.createRow();
    tr.getCell(0).setText("Totaal");
    for (int c = 1; c < 7; c++) {
      // 2027 total planted 5 too high, as in the workbook
      long v = sums[c - 1] + (c == 2 ? 5 : 0);
      tr.getCell(c).setText(String.format(java.util.Locale.GERMANY, "%,d", v));
    }
    d.createParagraph().createRun().setText("Bron: Voorjaarsnota 2026.");
    d.getDocument().getBody().addNewSectPr().addNewPgSz().setW(BigInteger.valueOf(11906));
    return d;
  }

  private static void write(Path p, org.apache.poi.ooxml.POIXMLDocument doc) throws IOException {
    try (OutputStream out = Files.newOutputStream(p)) {
      doc.write(out);
    }
    doc.close();
  }
}

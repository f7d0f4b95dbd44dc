package org.agendacheck.annotate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendacheck.engine.Severity;
import org.agendacheck.model.Cell;
import org.agendacheck.report.view.FindingView;
import org.agendacheck.report.view.SheetPlace;
import org.agendacheck.report.view.UiText;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFBorderFormatting;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFCreationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An annotated copy of a workbook: a comment on each finding's cell (severity, rule, message, the
 * arithmetic), a fill per severity and a dashed border on the cells that took part, and a first
 * sheet "Findings" ("Bevindingen") listing every finding with a link to its cell.
 *
 * <p>Fills and borders are conditional formats that always apply, so the cells' own styles stay
 * as they were: every value, formula, style, merged region, sheet and defined name of the original
 * is unchanged in the copy.
 */
public final class XlsxAnnotator {
  /** The fill per severity (light red, amber, blue) and the border of cells that took part. */
  static final Map<Severity, String> FILLS = Map.of(Severity.ERROR, "FFC7CE",
      Severity.WARNING, "FFEB9C", Severity.INFO, "DDEBF7");
  static final String PART_BORDER = "7030A0";
  static final String AUTHOR = "agendacheck";

  private XlsxAnnotator() {}

  /**
   * Writes the annotated copy of a workbook.
   *
   * @param original the workbook (read, never written)
   * @param findings the findings about it, in report order
   * @param t the language of the annotations
   * @param copy where the copy goes (replaced when it exists)
   * @throws IOException when the original cannot be read as a workbook or the copy not written
   */
  public static void annotate(Path original, List<FindingView> findings, UiText t, Path copy)
      throws IOException {
    byte[] bytes = Files.readAllBytes(original);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Map<SheetPlace, List<FindingView>> byCell = new LinkedHashMap<>();
      java.util.Set<SheetPlace> parts = new java.util.LinkedHashSet<>();
      for (FindingView f : findings) {
        if (f.sheetPlace() != null && wb.getSheet(f.sheetPlace().sheet()) != null) {
          byCell.computeIfAbsent(f.sheetPlace(), k -> new ArrayList<>()).add(f);
        }
        for (Cell c : f.alsoAt()) {
          SheetPlace p = org.agendacheck.report.view.FindingViews.sheetPlaceOf(c.getLocation().text());
          if (p != null && wb.getSheet(p.sheet()) != null) {
            byCell.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
          }
        }
        for (Cell c : f.contributing()) {
          SheetPlace p = org.agendacheck.report.view.FindingViews.sheetPlaceOf(c.getLocation().text());
          if (p != null && wb.getSheet(p.sheet()) != null) {
            parts.add(p);
          }
        }
      }
      XSSFCreationHelper help = wb.getCreationHelper();
      Map<String, XSSFDrawing> drawings = new LinkedHashMap<>();
      // The cells to fill, by sheet and severity, and those to outline, by sheet: one formatting
      // block holds many cells, since adding a block costs as many steps as there are blocks
      // (40,000 findings, a block each, took two minutes).
      Map<XSSFSheet, Map<Severity, List<CellRangeAddress>>> fills = new LinkedHashMap<>();
      Map<XSSFSheet, List<CellRangeAddress>> outlines = new LinkedHashMap<>();
      for (Map.Entry<SheetPlace, List<FindingView>> e : byCell.entrySet()) {
        SheetPlace p = e.getKey();
        XSSFSheet sheet = wb.getSheet(p.sheet());
        StringBuilder text = new StringBuilder();
        Severity worst = Severity.INFO;
        for (FindingView f : e.getValue()) {
          text.append(text.length() == 0 ? "" : "\n\n").append(Notes.of(f, t));
          if (f.severity().ordinal() < worst.ordinal()) {
            worst = f.severity();
          }
        }
        comment(sheet, drawings, help, p, text.toString());
        fills.computeIfAbsent(sheet, k -> new java.util.EnumMap<>(Severity.class))
            .computeIfAbsent(worst, k -> new ArrayList<>()).add(range(p));
      }
      for (SheetPlace p : parts) {
        outlines.computeIfAbsent(wb.getSheet(p.sheet()), k -> new ArrayList<>()).add(range(p));
      }
      // Fills first: where a cell is both, the suspect's own frame wins over the dashed outline.
      fills.forEach((sheet, bySeverity) -> bySeverity.forEach((severity, cells) ->
          format(sheet, cells, cf -> fillRule(cf, severity))));
      outlines.forEach((sheet, cells) -> format(sheet, cells, XlsxAnnotator::outlineRule));
      findingsSheet(wb, findings, t);
      Path tmp = copy.resolveSibling("." + copy.getFileName() + ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(tmp)) {
          wb.write(out);
        }
        Files.move(tmp, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (RuntimeException e) {
      throw new IOException("not a readable .xlsx workbook (its findings say why)", e);
    }
  }

  private static void comment(XSSFSheet sheet, Map<String, XSSFDrawing> drawings,
      XSSFCreationHelper help, SheetPlace p, String text) {
    CellAddress at = new CellAddress(p.row(), p.column());
    XSSFComment existing = sheet.getCellComment(at);
    if (existing != null) {
      // The author's own note stays first; ours follows it.
      existing.setString(help.createRichTextString(existing.getString().getString() + "\n\n"
          + AUTHOR + ":\n" + text));
      return;
    }
    XSSFDrawing d = drawings.computeIfAbsent(sheet.getSheetName(),
        k -> sheet.createDrawingPatriarch());
    ClientAnchor anchor = help.createClientAnchor();
    anchor.setCol1(p.column() + 1);
    anchor.setCol2(p.column() + 5);
    anchor.setRow1(p.row());
    anchor.setRow2(p.row() + 6 + text.length() / 120);
    XSSFComment c = d.createCellComment(anchor);
    c.setString(help.createRichTextString(text));
    c.setAuthor(AUTHOR);
    c.setAddress(at);
  }

  /** How many cells one conditional-formatting block holds at most (its sqref stays short). */
  private static final int CELLS_PER_BLOCK = 1000;

  private static CellRangeAddress range(SheetPlace p) {
    return new CellRangeAddress(p.row(), p.row(), p.column(), p.column());
  }

  /** Formats the cells by one rule, in blocks of {@link #CELLS_PER_BLOCK}. */
  private static void format(XSSFSheet sheet, List<CellRangeAddress> cells,
      java.util.function.Function<XSSFSheetConditionalFormatting, XSSFConditionalFormattingRule> rule) {
    XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    for (int i = 0; i < cells.size(); i += CELLS_PER_BLOCK) {
      List<CellRangeAddress> block = cells.subList(i, Math.min(cells.size(), i + CELLS_PER_BLOCK));
      cf.addConditionalFormatting(block.toArray(new CellRangeAddress[0]), rule.apply(cf));
    }
  }

  /** The suspect cell's fill in its severity's colour, framed. */
  private static XSSFConditionalFormattingRule fillRule(XSSFSheetConditionalFormatting cf,
      Severity s) {
    XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule("TRUE");
    XSSFPatternFormatting fill = rule.createPatternFormatting();
    fill.setFillBackgroundColor(new XSSFColor(hex(FILLS.get(s))));
    fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
    XSSFBorderFormatting border = rule.createBorderFormatting();
    border.setBorderLeft(BorderStyle.MEDIUM);
    border.setBorderRight(BorderStyle.MEDIUM);
    border.setBorderTop(BorderStyle.MEDIUM);
    border.setBorderBottom(BorderStyle.MEDIUM);
    return rule;
  }

  /** The dashed outline of a cell that took part in a finding. */
  private static XSSFConditionalFormattingRule outlineRule(XSSFSheetConditionalFormatting cf) {
    XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule("TRUE");
    XSSFBorderFormatting border = rule.createBorderFormatting();
    XSSFColor purple = new XSSFColor(hex(PART_BORDER));
    border.setBorderLeft(BorderStyle.DASHED);
    border.setBorderRight(BorderStyle.DASHED);
    border.setBorderTop(BorderStyle.DASHED);
    border.setBorderBottom(BorderStyle.DASHED);
    border.setLeftBorderColor(purple);
    border.setRightBorderColor(purple);
    border.setTopBorderColor(purple);
    border.setBottomBorderColor(purple);
    return rule;
  }

  private static byte[] hex(String rgb) {
    return java.util.HexFormat.of().parseHex(rgb);
  }

  /** The name of the findings sheet: "Findings"/"Bevindingen", numbered when the name is taken. */
  static String sheetName(XSSFWorkbook wb, UiText t) {
    String base = t.get("sheetName");
    String name = base;
    for (int i = 2; wb.getSheet(name) != null; i++) {
      name = base + " (" + i + ")";
    }
    return name;
  }

  private static void findingsSheet(XSSFWorkbook wb, List<FindingView> findings, UiText t) {
    String name = sheetName(wb, t);
    XSSFSheet s = wb.createSheet(name);
    wb.setSheetOrder(name, 0);
    wb.setActiveSheet(0);
    wb.setFirstVisibleTab(0);
    XSSFCellStyle head = wb.createCellStyle();
    XSSFFont bold = wb.createFont();
    bold.setBold(true);
    head.setFont(bold);
    XSSFCellStyle link = wb.createCellStyle();
    XSSFFont blue = wb.createFont();
    blue.setUnderline(XSSFFont.U_SINGLE);
    blue.setColor(new XSSFColor(hex("0563C1")));
    link.setFont(blue);
    XSSFCellStyle wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
    Map<Severity, XSSFCellStyle> sev = new LinkedHashMap<>();
    for (Severity v : Severity.values()) {
      XSSFCellStyle st = wb.createCellStyle();
      st.setFillForegroundColor(new XSSFColor(hex(FILLS.get(v))));
      st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      st.setFont(bold);
      sev.put(v, st);
    }
    String[] heads = {"#", t.get("severity"), t.get("rule"), t.get("place"), t.get("label"),
        t.get("message"), t.get("published"), t.get("computed"), t.get("difference"),
        t.get("tolerance"), t.get("contributing")};
    XSSFRow h = s.createRow(0);
    for (int i = 0; i < heads.length; i++) {
      XSSFCell c = h.createCell(i);
      c.setCellValue(heads[i]);
      c.setCellStyle(head);
    }
    XSSFCreationHelper help = wb.getCreationHelper();
    int r = 1;
    for (FindingView f : findings) {
      XSSFRow row = s.createRow(r++);
      row.createCell(0).setCellValue(f.index() + 1);
      XSSFCell sc = row.createCell(1);
      sc.setCellValue(t.severity(f.severity()));
      sc.setCellStyle(sev.get(f.severity()));
      row.createCell(2).setCellValue(f.rule());
      XSSFCell place = row.createCell(3);
      if (f.sheetPlace() != null && wb.getSheet(f.sheetPlace().sheet()) != null) {
        place.setCellValue(f.sheetPlace().reference());
        XSSFHyperlink l = help.createHyperlink(HyperlinkType.DOCUMENT);
        l.setAddress(f.sheetPlace().reference());
        place.setHyperlink(l);
        place.setCellStyle(link);
      } else {
        place.setCellValue(f.where().isEmpty() ? t.get("onSource") : f.where());
      }
      row.createCell(4).setCellValue(f.row() == null ? "" : f.row().getLabel());
      XSSFCell m = row.createCell(5);
      m.setCellValue(f.message());
      m.setCellStyle(wrap);
      if (f.arithmetic() != null) {
        row.createCell(6).setCellValue(f.arithmetic().published());
        row.createCell(7).setCellValue(f.arithmetic().computed());
        row.createCell(8).setCellValue(nz(f.arithmetic().difference()));
        row.createCell(9).setCellValue(nz(f.arithmetic().tolerance()));
      }
      row.createCell(10).setCellValue(Notes.contributing(f.contributing()));
    }
    if (findings.isEmpty()) {
      s.createRow(1).createCell(0).setCellValue(t.get("noFindings"));
    }
    int[] widths = {5, 14, 24, 26, 28, 70, 12, 12, 12, 12, 30};
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, widths[i] * 256);
    }
    s.createFreezePane(0, 1);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}

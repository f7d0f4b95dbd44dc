package org.agendacheck.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.agendacheck.cli.Main;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;

/**
 * Reads the annotated copies back with POI, as a controller opens them: a comment by agendacheck on
 * exactly the cells with findings, the findings sheet or table, and every cell of the original (its
 * value, formula and style) unchanged, compared one by one. The originals' bytes are unchanged.
 *
 * <p>Expected places are data: {@code src/test/resources/report-html/planted-errors.marked.tsv}
 * (the same cells the HTML report marks) and {@code src/test/resources/annotate/*.commented.tsv}.
 */
class AnnotatedCopyTest {
  static final Path OUT = Path.of("target/annotate-test");
  static final Path XLSX = Path.of("src/test/resources/annotate/planted-errors.xlsx");
  static final Path DOCX = Path.of("src/test/resources/annotate/planted-errors.docx");
  static final Path SEED_XLSX = Path.of("src/test/resources/rules/formula-range/total-range-a-row-short.xlsx");
  static final Path SEED_DOCX = Path.of("src/test/resources/rules/pm-entry/seed-tables-document.docx");
  static final List<Path> INPUTS = List.of(XLSX, DOCX, SEED_XLSX, SEED_DOCX);
  static final Map<Path, byte[]> BEFORE = new TreeMap<>();
  static JsonNode json;

  @BeforeAll
  static void annotate() throws Exception {
    Files.createDirectories(OUT);
    for (Path p : INPUTS) {
      BEFORE.put(p, Files.readAllBytes(p));
    }
    List<String> args = new ArrayList<>(List.of("validate", "--annotate", OUT.toString(),
        "--format", "json", "--output", OUT.resolve("report.json").toString()));
    INPUTS.forEach(p -> args.add(p.toString()));
    StringWriter err = new StringWriter();
    int exit = new Main(new PrintWriter(new StringWriter()), new PrintWriter(err))
        .run(args.toArray(String[]::new));
    assertEquals(Main.FINDINGS, exit, err.toString());
    assertTrue(err.toString().contains("annotated copy to"), err.toString());
    json = new ObjectMapper().readTree(OUT.resolve("report.json").toFile());
  }

  /** The expected places of a source: (place, severity), from the cases' data files. */
  static Map<String, String> expected(Path source) throws Exception {
    Map<String, String> out = new TreeMap<>();
    for (Path f : List.of(Path.of("src/test/resources/report-html/planted-errors.marked.tsv"),
        Path.of("src/test/resources/annotate/seeds.commented.tsv"))) {
      for (String line : Files.readAllLines(f)) {
        String[] p = line.split("\t");
        if (p.length == 3 && p[0].equals(source.toString())) {
          out.put(p[1], p[2]);
        }
      }
    }
    assertTrue(!out.isEmpty(), "expected places for " + source);
    return out;
  }

  static int findingsOf(Path source) {
    int n = 0;
    for (JsonNode f : json.get("findings")) {
      n += f.get("file").asText().equals(source.toString()) ? 1 : 0;
    }
    return n;
  }

  /** Opens a workbook read-only (a workbook opened from a File is saved back when closed). */
  static XSSFWorkbook read(Path p) throws Exception {
    try (var in = Files.newInputStream(p)) {
      return new XSSFWorkbook(in);
    }
  }

  static Path copyOf(Path source) {
    String name = source.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return OUT.resolve(name.substring(0, dot) + ".annotated" + name.substring(dot));
  }

  @AfterAll
  static void theOriginalsAreNotWritten() throws Exception {
    for (Path p : INPUTS) {
      assertArrayEquals(BEFORE.get(p), Files.readAllBytes(p), p.toString());
    }
  }

  @Test
  void workbookCommentsAreOnExactlyTheCellsWithFindings() throws Exception {
    for (Path source : List.of(XLSX, SEED_XLSX)) {
      Map<String, String> want = expected(source);
      Map<String, String> got = new TreeMap<>();
      try (XSSFWorkbook wb = read(copyOf(source))) {
        for (int i = 1; i < wb.getNumberOfSheets(); i++) {
          XSSFSheet s = wb.getSheetAt(i);
          for (Map.Entry<CellAddress, XSSFComment> e : s.getCellComments().entrySet()) {
            String text = e.getValue().getString().getString();
            if (e.getValue().getAuthor().equals("agendacheck") || text.contains("agendacheck:")) {
              String sev = text.contains("ERROR ") ? "error" : text.contains("WARNING ")
                  ? "warning" : "info";
              got.put(ref(s.getSheetName()) + "!" + e.getKey().formatAsString(), sev);
              assertTrue(hasFill(s, e.getKey()), "fill on " + e.getKey());
            }
          }
        }
      }
      assertEquals(want, got, source.toString());
    }
  }

  @Test
  void workbookCellsThatTookPartAreOutlined() throws Exception {
    java.util.Set<String> want = new java.util.TreeSet<>();
    for (String line : Files.readAllLines(
        Path.of("src/test/resources/report-html/planted-errors.contributing.tsv"))) {
      String[] p = line.split("\t");
      if (p.length == 2 && p[0].equals(XLSX.toString())) {
        want.add(p[1]);
      }
    }
    java.util.Set<String> got = new java.util.TreeSet<>();
    try (XSSFWorkbook wb = read(copyOf(XLSX))) {
      for (int i = 1; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet s = wb.getSheetAt(i);
        var cf = s.getSheetConditionalFormatting();
        for (int k = 0; k < cf.getNumConditionalFormattings(); k++) {
          XSSFConditionalFormatting f = cf.getConditionalFormattingAt(k);
          var border = f.getRule(0).getBorderFormatting();
          if (border != null && border.getBorderTop() == org.apache.poi.ss.usermodel.BorderStyle.DASHED) {
            // A block's cells may be given as rectangles (adjacent ones are merged): cell by cell.
            for (CellRangeAddress r : f.getFormattingRanges()) {
              for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                  got.add(ref(s.getSheetName()) + "!" + new CellAddress(row, col).formatAsString());
                }
              }
            }
          }
        }
      }
    }
    assertEquals(want, got);
  }

  private static String ref(String sheet) {
    return sheet.matches("[A-Za-z0-9_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  private static boolean hasFill(XSSFSheet s, CellAddress a) {
    var cf = s.getSheetConditionalFormatting();
    for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
      XSSFConditionalFormatting f = cf.getConditionalFormattingAt(i);
      for (CellRangeAddress r : f.getFormattingRanges()) {
        if (r.isInRange(a.getRow(), a.getColumn())
            && f.getRule(0).getPatternFormatting() != null) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void workbookFindingsSheetComesFirstAndLinksToEachCell() throws Exception {
    for (Path source : List.of(XLSX, SEED_XLSX)) {
      try (XSSFWorkbook wb = read(copyOf(source))) {
        XSSFSheet s = wb.getSheetAt(0);
        assertEquals("Findings", s.getSheetName());
        assertEquals(0, wb.getActiveSheetIndex());
        assertEquals(findingsOf(source), s.getLastRowNum(), "one row per finding");
        TreeSet<String> linked = new TreeSet<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
          XSSFCell place = s.getRow(r).getCell(3);
          assertNotNull(place.getHyperlink(), "row " + r + " links to its cell");
          assertEquals(place.getStringCellValue(), place.getHyperlink().getAddress());
          linked.add(place.getHyperlink().getAddress());
        }
        assertEquals(new TreeSet<>(expected(source).keySet()), linked);
      }
    }
  }

  @Test
  void everyCellOfTheOriginalIsUnchangedInTheCopy() throws Exception {
    for (Path source : List.of(XLSX, SEED_XLSX)) {
      try (XSSFWorkbook a = read(source);
          XSSFWorkbook b = read(copyOf(source))) {
        assertEquals(a.getNumberOfSheets() + 1, b.getNumberOfSheets());
        int cells = 0;
        for (int i = 0; i < a.getNumberOfSheets(); i++) {
          XSSFSheet sa = a.getSheetAt(i);
          XSSFSheet sb = b.getSheetAt(i + 1);
          assertEquals(sa.getSheetName(), sb.getSheetName(), "sheets keep their order");
          assertEquals(sa.getMergedRegions().toString(), sb.getMergedRegions().toString());
          assertEquals(sa.getLastRowNum(), sb.getLastRowNum());
          for (int c = 0; c < 20; c++) {
            assertEquals(sa.getColumnWidth(c), sb.getColumnWidth(c));
          }
          for (int r = 0; r <= sa.getLastRowNum(); r++) {
            XSSFRow ra = sa.getRow(r);
            XSSFRow rb = sb.getRow(r);
            assertEquals(ra == null, rb == null);
            if (ra == null) {
              continue;
            }
            assertEquals(ra.getLastCellNum(), rb.getLastCellNum());
            for (int c = 0; c < Math.max(ra.getLastCellNum(), 0); c++) {
              XSSFCell ca = ra.getCell(c);
              XSSFCell cb = rb.getCell(c);
              String at = sa.getSheetName() + "!" + new CellAddress(r, c);
              assertEquals(ca == null, cb == null, at);
              if (ca == null) {
                continue;
              }
              cells++;
              assertEquals(ca.getCellType(), cb.getCellType(), at);
              if (ca.getCellType() == CellType.FORMULA) {
                assertEquals(ca.getCellFormula(), cb.getCellFormula(), at);
              }
              assertEquals(ca.getRawValue(), cb.getRawValue(), at);
              assertEquals(ca.toString(), cb.toString(), at);
              assertEquals(style(ca.getCellStyle()), style(cb.getCellStyle()), at);
              XSSFComment own = ca.getCellComment();
              if (own != null) {
                assertTrue(cb.getCellComment().getString().getString()
                    .startsWith(own.getString().getString()), "the author's note stays " + at);
              }
            }
          }
        }
        assertTrue(cells > 50, "compared " + cells + " cells");
        assertEquals(names(a), names(b), "defined names");
      }
    }
  }

  private static String style(XSSFCellStyle s) {
    return s.getIndex() + " " + s.getCoreXf() + " " + s.getFont().getCTFont() + " "
        + s.getDataFormatString() + " " + s.getFillForegroundColor() + " "
        + s.getFillPattern() + " " + s.getBorderTop() + s.getBorderBottom() + s.getBorderLeft()
        + s.getBorderRight();
  }

  private static List<String> names(XSSFWorkbook wb) {
    List<String> out = new ArrayList<>();
    for (XSSFName n : wb.getAllNames()) {
      out.add(n.getNameName() + "=" + n.getRefersToFormula() + " in "
          + (n.getSheetIndex() < 0 ? "workbook" : wb.getSheetName(n.getSheetIndex())));
    }
    return out;
  }

  @Test
  void documentCommentsAreAnchoredAtExactlyTheCellsWithFindings() throws Exception {
    for (Path source : List.of(DOCX, SEED_DOCX)) {
      Map<String, String> got = new TreeMap<>();
      try (XWPFDocument d = new XWPFDocument(Files.newInputStream(copyOf(source)))) {
        List<XWPFTable> tables = d.getTables();
        for (int t = 0; t < tables.size() - 1; t++) {
          var rows = tables.get(t).getRows();
          for (int r = 0; r < rows.size(); r++) {
            var cells = rows.get(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
              for (XWPFParagraph p : cells.get(c).getParagraphs()) {
                for (CTMarkupRange start : p.getCTP().getCommentRangeStartList()) {
                  XWPFComment comment = d.getDocComments()
                      .getCommentByID(start.getId().toString());
                  assertEquals("agendacheck", comment.getAuthor());
                  String text = comment.getText();
                  got.put("table " + (t + 1) + ", row " + (r + 1) + ", cell " + (c + 1),
                      text.contains("ERROR ") ? "error" : text.contains("WARNING ") ? "warning"
                          : "info");
                }
              }
            }
          }
        }
        XWPFTable list = tables.get(tables.size() - 1);
        assertEquals(findingsOf(source) + 1, list.getNumberOfRows(), "findings table at the end");
      }
      assertEquals(expected(source), got, source.toString());
    }
  }

  @Test
  void everyParagraphAndTableOfTheOriginalDocumentIsUnchanged() throws Exception {
    for (Path source : List.of(DOCX, SEED_DOCX)) {
      try (XWPFDocument a = new XWPFDocument(Files.newInputStream(source));
          XWPFDocument b = new XWPFDocument(Files.newInputStream(copyOf(source)))) {
        List<IBodyElement> ea = a.getBodyElements();
        List<IBodyElement> eb = b.getBodyElements();
        assertEquals(ea.size() + 2, eb.size(), "a heading and the findings table are added");
        for (int i = 0; i < ea.size(); i++) {
          assertEquals(ea.get(i).getElementType(), eb.get(i).getElementType());
          if (ea.get(i) instanceof XWPFParagraph pa) {
            assertEquals(pa.getCTP().xmlText(), ((XWPFParagraph) eb.get(i)).getCTP().xmlText());
          } else if (ea.get(i) instanceof XWPFTable ta) {
            String copy = ((XWPFTable) eb.get(i)).getCTTbl().xmlText()
                .replaceAll("<w:commentRange(Start|End) w:id=\"\\d+\"/>", "")
                .replaceAll("<w:r><w:commentReference w:id=\"\\d+\"/></w:r>", "");
            assertEquals(ta.getCTTbl().xmlText(), copy, "table " + i + " apart from comments");
          }
        }
      }
    }
  }
}

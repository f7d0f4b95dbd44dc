package org.agendacheck.read;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx packages part by part, with the XML the way its authoring tool writes it: Excel
 * (shared strings, a styles part with {@code #,##0}, {@code <f>} beside a cached {@code <v>},
 * merged title cells) or openpyxl and scripts (inline strings, {@code t="d"} dates, formulas
 * without cached values). Used by {@link WorkbookFixtures} for the committed fixtures and by tests
 * for inputs too large to commit.
 */
final class SheetXml {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** One sheet: its name and its rows' XML ({@code <row>} elements) as they are written. */
  record Sheet(String name, List<String> rows, String after) {}

  private final boolean excel;
  private final List<Sheet> sheets = new ArrayList<>();
  /** The linked workbooks, as Excel writes an external link: target and cached cells. */
  private final List<ExternalLink> links = new ArrayList<>();

  /**
   * A workbook another's formulas name ({@code [1]NDS!B17}): the link's target file and the sheet's
   * values Excel cached when it last updated the link.
   */
  record ExternalLink(String target, String sheet, Map<String, String> cached) {}
  private final Map<String, Integer> strings = new LinkedHashMap<>();
  private int stringUses;

  private SheetXml(boolean excel) {
    this.excel = excel;
  }

  /** A package as Excel writes it: shared strings and styles. */
  static SheetXml excel() {
    return new SheetXml(true);
  }

  /** A package as openpyxl writes it without a template: inline strings. */
  static SheetXml script() {
    return new SheetXml(false);
  }

  SheetXml sheet(String name, List<String> rows) {
    return sheet(name, rows, "");
  }

  /** Adds a sheet; {@code after} is XML after {@code sheetData} (e.g. {@code mergeCells}). */
  SheetXml sheet(String name, List<String> rows, String after) {
    sheets.add(new Sheet(name, rows, after));
    return this;
  }

  /** Links another workbook, which formulas then name as {@code [n]}, n counting from 1. */
  SheetXml externalLink(String target, String sheet, Map<String, String> cached) {
    links.add(new ExternalLink(target, sheet, cached));
    return this;
  }

  /** A text cell: a shared string in Excel's form, an inline string in a script's. */
  String text(String ref, String value) {
    if (excel) {
      int i = strings.computeIfAbsent(value, v -> strings.size());
      stringUses++;
      return "<c r=\"" + ref + "\" t=\"s\"><v>" + i + "</v></c>";
    }
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + esc(value) + "</t></is></c>";
  }

  /** A number cell, in Excel's form with the {@code #,##0} style (s="1"). */
  String number(String ref, String value) {
    return "<c r=\"" + ref + "\"" + (excel ? " s=\"1\"" : "") + "><v>" + value + "</v></c>";
  }

  /** A formula cell with its cached value, or none (null) as scripts write it. */
  String formula(String ref, String formula, String cached) {
    return "<c r=\"" + ref + "\"" + (excel ? " s=\"1\"" : "") + "><f>" + esc(formula) + "</f>"
        + (cached == null ? "" : "<v>" + cached + "</v>") + "</c>";
  }

  /** A row of cells; its {@code r} is the 1-based row number. */
  static String row(int r, String... cells) {
    return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Writes the package; entries carry a fixed time so the bytes are the same on every run. */
  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(file)) {
      write(os);
    }
  }

  void write(OutputStream os) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(os);
    StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
    for (int i = 1; i <= sheets.size(); i++) {
      types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    for (int i = 1; i <= links.size(); i++) {
      types.append("<Override PartName=\"/xl/externalLinks/externalLink").append(i).append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/>");
    }
    if (excel) {
      types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    }
    types.append("</Types>");
    put(zip, "[Content_Types].xml", types.toString());
    put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>");
    StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
    StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 1; i <= sheets.size(); i++) {
      wb.append("<sheet name=\"").append(esc(sheets.get(i - 1).name())).append("\" sheetId=\"")
          .append(i).append("\" r:id=\"rId").append(i).append("\"/>");
      rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
    }
    wb.append("</sheets>");
    int n = sheets.size();
    int firstLink = n + (excel ? 3 : 1);
    if (!links.isEmpty()) {
      wb.append("<externalReferences>");
      for (int i = 0; i < links.size(); i++) {
        wb.append("<externalReference r:id=\"rId").append(firstLink + i).append("\"/>");
        rels.append("<Relationship Id=\"rId").append(firstLink + i).append("\" Type=\"").append(REL)
            .append("/externalLink\" Target=\"externalLinks/externalLink").append(i + 1)
            .append(".xml\"/>");
      }
      wb.append("</externalReferences>");
    }
    wb.append(excel ? "<calcPr calcId=\"191029\"/>" : "").append("</workbook>");
    if (excel) {
      rels.append("<Relationship Id=\"rId").append(n + 1).append("\" Type=\"").append(REL)
          .append("/styles\" Target=\"styles.xml\"/>");
      rels.append("<Relationship Id=\"rId").append(n + 2).append("\" Type=\"").append(REL)
          .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
    }
    rels.append("</Relationships>");
    put(zip, "xl/workbook.xml", wb.toString());
    put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
    for (int i = 1; i <= sheets.size(); i++) {
      Sheet s = sheets.get(i - 1);
      zip.putNextEntry(entry("xl/worksheets/sheet" + i + ".xml"));
      Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
          + MAIN + "\" xmlns:r=\"" + REL + "\"><sheetData>");
      for (String r : s.rows()) {
        w.write(r);
      }
      w.write("</sheetData>" + s.after() + "</worksheet>");
      w.flush();
      zip.closeEntry();
    }
    for (int i = 1; i <= links.size(); i++) {
      ExternalLink l = links.get(i - 1);
      StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<externalLink xmlns=\"" + MAIN + "\"><externalBook xmlns:r=\"" + REL + "\" r:id=\"rId1\">"
          + "<sheetNames><sheetName val=\"" + esc(l.sheet()) + "\"/></sheetNames><sheetDataSet>"
          + "<sheetData sheetId=\"0\">");
      Map<Integer, StringBuilder> byRow = new java.util.TreeMap<>();
      for (Map.Entry<String, String> c : l.cached().entrySet()) {
        int r = Integer.parseInt(c.getKey().replaceAll("[A-Z]", ""));
        byRow.computeIfAbsent(r, k -> new StringBuilder()).append("<cell r=\"").append(c.getKey())
            .append("\"><v>").append(c.getValue()).append("</v></cell>");
      }
      byRow.forEach((r, cells) -> x.append("<row r=\"").append(r).append("\">").append(cells)
          .append("</row>"));
      x.append("</sheetData></sheetDataSet></externalBook></externalLink>");
      put(zip, "xl/externalLinks/externalLink" + i + ".xml", x.toString());
      put(zip, "xl/externalLinks/_rels/externalLink" + i + ".xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"" + REL + "/externalLinkPath\" Target=\""
          + esc(l.target()) + "\" TargetMode=\"External\"/></Relationships>");
    }
    if (excel) {
      put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" "
          + "formatCode=\"#,##0\"/></numFmts><fonts count=\"2\"><font><sz val=\"11\"/><name "
          + "val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
          + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
          + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" "
          + "fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"4\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
          + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          + "</cellXfs></styleSheet>");
      StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<sst xmlns=\"" + MAIN + "\" count=\"" + stringUses + "\" uniqueCount=\"" + strings.size()
          + "\">");
      for (String s : strings.keySet()) {
        boolean space = !s.equals(s.trim());
        sst.append("<si><t").append(space ? " xml:space=\"preserve\"" : "").append(">")
            .append(esc(s)).append("</t></si>");
      }
      put(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
    }
    zip.finish();
  }

  private static ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTime(315532800000L + 86_400_000L * 365 * 44);
    return e;
  }

  private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(entry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}

package org.agendacheck.read;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes large workbooks the way Excel stores them (shared strings for the labels, numbers with a
 * style, a SUM total with its cached value), streamed so the test never holds the XML, and says
 * which findings each must give: per sheet one total cell 10 off and one invalid text cell.
 */
final class BigWorkbooks {
  private static final String COLS = "BCDEFG";

  private BigWorkbooks() {}

  /**
   * Writes {@code sheets} sheets of {@code rows} item rows each.
   *
   * @return the planted findings as "rule|row|column", sorted
   */
  static List<String> write(Path file, int sheets, int rows) throws IOException {
    List<String> expected = new ArrayList<>();
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
          + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
          + "Type=\"" + SheetXml.REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
          + SheetXml.MAIN + "\" xmlns:r=\"" + SheetXml.REL + "\"><sheets>");
      StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
          + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      for (int s = 1; s <= sheets; s++) {
        wb.append("<sheet name=\"Agenda ").append(s).append("\" sheetId=\"").append(s)
            .append("\" r:id=\"rId").append(s).append("\"/>");
        rels.append("<Relationship Id=\"rId").append(s).append("\" Type=\"").append(SheetXml.REL)
            .append("/worksheet\" Target=\"worksheets/sheet").append(s).append(".xml\"/>");
      }
      rels.append("<Relationship Id=\"rIdS\" Type=\"").append(SheetXml.REL)
          .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
      put(zip, "xl/workbook.xml", wb.append("</sheets></workbook>").toString());
      put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
      int invalidAt = rows * 3 / 5;
      int wrongColumn = 2;
      for (int s = 1; s <= sheets; s++) {
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + s + ".xml"));
        Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(zip,
            StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + SheetXml.MAIN
            + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>");
        String[] head = {"2026", "2027", "2028", "2029", "2030"};
        for (int c = 0; c < 5; c++) {
          w.write("<c r=\"" + COLS.charAt(c) + "1\"><v>" + head[c] + "</v></c>");
        }
        w.write("<c r=\"G1\" t=\"s\"><v>1</v></c></row>");
        long[] sums = new long[6];
        java.util.Random random = new java.util.Random(s);
        for (int i = 0; i < rows; i++) {
          int r = i + 2;
          StringBuilder b = new StringBuilder(200);
          b.append("<row r=\"").append(r).append("\"><c r=\"A").append(r)
              .append("\" t=\"inlineStr\"><is><t>Post ").append(i + 1).append("</t></is></c>");
          for (int c = 0; c < 6; c++) {
            b.append("<c r=\"").append(COLS.charAt(c)).append(r).append('"');
            if (i == invalidAt && c == 4) {
              b.append(" t=\"inlineStr\"><is><t>tien</t></is></c>");
              continue;
            }
            long v = 5L * random.nextInt(400);
            sums[c] += v;
            b.append("><v>").append(v).append("</v></c>");
          }
          w.write(b.append("</row>").toString());
        }
        int t = rows + 2;
        w.write("<row r=\"" + t + "\"><c r=\"A" + t + "\" t=\"s\"><v>2</v></c>");
        for (int c = 0; c < 6; c++) {
          char col = COLS.charAt(c);
          long cached = sums[c] + (c == wrongColumn ? 10 : 0);
          w.write("<c r=\"" + col + t + "\"><f>SUM(" + col + "2:" + col + (t - 1) + ")</f><v>"
              + cached + "</v></c>");
        }
        w.write("</row></sheetData></worksheet>");
        w.flush();
        zip.closeEntry();
        expected.add("invalid-value|Post " + (invalidAt + 1) + "|2030");
        expected.add("total-sum|Totaal|2028");
      }
      put(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
          + SheetXml.MAIN + "\" count=\"3\" uniqueCount=\"3\"><si><t>Bedragen in \u20AC mln.</t></si>"
          + "<si><t>Structureel</t></si><si><t>Totaal</t></si></sst>");
    }
    expected.sort(null);
    return expected;
  }

  private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Writes a workbook: {@code BigWorkbooks FILE SHEETS ROWS}. */
  public static void main(String[] args) throws IOException {
    System.out.println(write(Path.of(args[0]), Integer.parseInt(args[1]),
        Integer.parseInt(args[2])));
  }
}

package org.agendacheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF and GitHub annotations of a workbook with errors on two sheets, parsed back: every
 * finding names its sheet and cell, in the message and in the logical locations (SARIF) or the
 * title (GitHub), and the two {@code total-sum} findings about "Totaal, 2028" of two sheets are
 * told apart by cell and by fingerprint. The SARIF validates against the SARIF 2.1.0 schema.
 *
 * <p>The workbook is made as a controller makes one in Excel: figures typed as numbers, PM as
 * text, totals as SUM formulas with their values cached; on sheet NDS the 2028 total was typed
 * over with a number, on sheet Kernboodschap its SUM range stops a row short.
 */
class CellLocationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern COMMAND = Pattern.compile(
      "::(error|warning|notice) file=([^,]*)(?:,line=\\d+(?:,col=\\d+)?)?,title=([^:]*)::(.*)");

  @TempDir
  static Path dir;

  @BeforeAll
  static void workbook() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      sheet(wb, "NDS", new String[][] {
          {"Data", "35", "65", "90", "115", "140"},
          {"AI", "40", "50", "60", "70", "80"},
          {"IT-sourcing en inkoop", "25", "20", "15", "PM", "PM"}}, "1360", null);
      sheet(wb, "Kernboodschap", new String[][] {
          {"Digitale Economie", "595", "1075", "1395", "1500", "1535"},
          {"Digitale Veiligheid", "300", "355", "390", "345", "345"},
          {"Digitale Overheid", "120", "150", "180", "200", "210"}}, null, "D3");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(dir.resolve("agenda.xlsx"))) {
        wb.write(out);
      }
    }
  }

  /**
   * A sheet: caption and years in row 1, items from row 2, a Totaal row of SUM formulas; the 2028
   * total typed over with {@code typed2028}, or its range ending at {@code shortEnd2028}.
   */
  private static void sheet(XSSFWorkbook wb, String name, String[][] items, String typed2028,
      String shortEnd2028) {
    XSSFSheet s = wb.createSheet(name);
    XSSFRow h = s.createRow(0);
    h.createCell(0).setCellValue("Bedragen in \u20AC mln.");
    for (int y = 0; y < 5; y++) {
      h.createCell(1 + y).setCellValue(2026 + y);
    }
    for (int r = 0; r < items.length; r++) {
      XSSFRow row = s.createRow(r + 1);
      row.createCell(0).setCellValue(items[r][0]);
      for (int c = 1; c < items[r].length; c++) {
        if (items[r][c].matches("\\d+")) {
          row.createCell(c).setCellValue(Double.parseDouble(items[r][c]));
        } else {
          row.createCell(c).setCellValue(items[r][c]);
        }
      }
    }
    XSSFRow t = s.createRow(items.length + 1);
    t.createCell(0).setCellValue("Totaal");
    for (int c = 1; c <= 5; c++) {
      String col = String.valueOf((char) ('A' + c));
      if (c == 3 && typed2028 != null) {
        t.createCell(c).setCellValue(Double.parseDouble(typed2028));
      } else {
        String end = c == 3 && shortEnd2028 != null ? shortEnd2028
            : col + (items.length + 1);
        t.createCell(c).setCellFormula("SUM(" + col + "2:" + end + ")");
      }
    }
  }

  private static Cli.Run run(String format) {
    return Cli.runIn(dir, "validate", "--format", format, dir.resolve("agenda.xlsx").toString());
  }

  @Test
  void sarifNamesEverySheetAndCellAndTellsTheTwoTotalsApart() throws Exception {
    Cli.Run run = run("sarif");
    assertEquals(1, run.exit(), run.err());
    JsonNode log = JSON.readTree(run.out());
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
          .getSchema(in).validate(log));
    }
    JsonNode results = log.path("runs").path(0).path("results");
    assertTrue(results.size() >= 3, results::toString);
    Map<String, String> totals = new TreeMap<>();
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode r : results) {
      String message = r.path("message").path("text").asText();
      JsonNode logical = r.path("locations").path(0).path("logicalLocations");
      JsonNode cell = logical.path(0);
      String place = cell.path("fullyQualifiedName").asText();
      assertTrue(place.matches("(NDS|Kernboodschap)![A-Z]+[0-9]+"), () -> "no cell: " + r);
      assertEquals("element", cell.path("kind").asText());
      assertEquals(place, cell.path("properties").path("sheet").asText() + "!"
          + cell.path("properties").path("cell").asText());
      assertTrue(message.startsWith(place + ": "), () -> message + " does not name " + place);
      assertEquals(place, logical.path(1).path("properties").path("cell").asText());
      assertFalse(r.path("locations").path(0).path("physicalLocation").has("region"),
          "a workbook has no lines");
      assertEquals("agenda.xlsx", r.path("locations").path(0).path("physicalLocation")
          .path("artifactLocation").path("uri").asText());
      assertTrue(fingerprints.add(r.path("partialFingerprints").path("agendacheck/v1").asText()),
          () -> "fingerprint used twice: " + r);
      // the typed-over total is a total-sum; the short range is one result with the total it breaks
      if (r.path("ruleId").asText().equals("total-sum")
          || r.path("ruleId").asText().equals("formula-range")) {
        totals.put(place, message);
      }
    }
    assertEquals(List.of("Kernboodschap!D5", "NDS!D5"), List.copyOf(totals.keySet()), totals::toString);
    List<String> messages = new ArrayList<>(totals.values());
    assertNotEquals(messages.get(0), messages.get(1));
    for (String m : messages) {
      assertTrue(m.contains(": Totaal, 2028: "), m);
    }
    assertTrue(totals.get("Kernboodschap!D5").contains("what it makes wrong: 2028: 1,785 published"),
        totals::toString);
  }

  @Test
  void githubAnnotationsNameTheCell() {
    Cli.Run run = run("github");
    assertEquals(1, run.exit(), run.err());
    List<String> titles = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      Matcher m = COMMAND.matcher(line);
      assertTrue(m.matches(), line);
      assertEquals("agenda.xlsx", m.group(2));
      String title = m.group(3).replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
      assertTrue(title.matches(".* \\((NDS|Kernboodschap)![A-Z]+[0-9]+\\)"), title);
      titles.add(title);
    }
    assertTrue(titles.contains("total-sum: Totaal, 2028 (NDS!D5)"), titles::toString);
    assertTrue(titles.contains("formula-range: Totaal, 2028 (Kernboodschap!D5)"), titles::toString);
    assertEquals(titles.size(), new HashSet<>(titles).size(), "two annotations alike: " + titles);
  }

  @Test
  void lineFormatsGetARegionAndNoCell() throws Exception {
    Cli.Run run = Cli.run("validate", "--format", "sarif", "samples/nds-investeringsagenda-2025.json");
    JsonNode results = JSON.readTree(run.out()).path("runs").path(0).path("results");
    assertTrue(results.size() > 0);
    for (JsonNode r : results) {
      JsonNode loc = r.path("locations").path(0);
      assertTrue(loc.path("physicalLocation").path("region").path("startLine").asInt() > 0,
          r::toString);
      assertEquals("value", loc.path("logicalLocations").path(0).path("kind").asText());
      assertFalse(loc.path("logicalLocations").path(0).path("properties").has("cell"));
    }
  }

  /** The JSON report's fields are those the README documents, and {@code location} as it says. */
  @Test
  void jsonGivesTheLocationTheReadmeDocuments() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher table = Pattern.compile("\\*\\*The JSON report\\.\\*\\*.*?\n\\| field \\| meaning \\|\n"
        + "\\|---\\|---\\|\n(.*?)\n\n", Pattern.DOTALL).matcher(readme);
    assertTrue(table.find(), "README.md documents no JSON report fields");
    List<String> documented = new ArrayList<>();
    for (String row : table.group(1).split("\n")) {
      Matcher names = Pattern.compile("`([a-zA-Z]+)`").matcher(row.substring(0, row.indexOf(" | ")));
      while (names.find()) {
        documented.add(names.group(1));
      }
    }
    Cli.Run run = Cli.run("validate", "--format", "json", dir.resolve("agenda.xlsx").toString(),
        "src/test/resources/rules/pm-entry/seed-tables-document.docx",
        "samples/nds-investeringsagenda-2025.json");
    JsonNode findings = JSON.readTree(run.out()).path("findings");
    Set<String> kinds = new HashSet<>();
    for (JsonNode f : findings) {
      List<String> fields = new ArrayList<>();
      f.fieldNames().forEachRemaining(fields::add);
      assertEquals(fields, documented.stream().filter(fields::contains).toList(),
          () -> "fields not documented, or not in the documented order: " + f);
      String file = f.path("file").asText();
      String location = f.path("location").asText(null);
      if (file.endsWith(".xlsx")) {
        assertTrue(location.matches("(NDS|Kernboodschap)![A-Z]+\\d+"), f::toString);
        assertFalse(f.has("line"), f::toString);
        kinds.add("xlsx");
      } else if (file.endsWith(".docx")) {
        assertTrue(location.matches("table \\d+, row \\d+(, cell \\d+)?"), f::toString);
        assertFalse(f.has("line"), f::toString);
        kinds.add("docx");
      } else {
        assertEquals(null, location, f::toString);
        assertTrue(f.path("line").asInt() > 0 && f.path("col").asInt() > 0, f::toString);
        kinds.add("json");
      }
    }
    assertEquals(Set.of("xlsx", "docx", "json"), kinds);
  }
}

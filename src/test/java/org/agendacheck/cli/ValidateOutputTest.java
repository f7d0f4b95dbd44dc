package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two report formats, the directory walk and bad input, through the real command line. */
class ValidateOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FINDING_FIELDS =
      Set.of("file", "rule", "severity", "row", "column", "message", "expected", "actual",
          "location", "line", "col", "alsoAt", "subject", "messageKey", "arguments", "cells",
          "cellCount", "fingerprint");
  private static final Set<String> REQUIRED_FIELDS =
      Set.of("file", "rule", "severity", "row", "column", "message", "subject", "fingerprint");

  @Test
  void samplesGiveExactlyTheExpectedFindings() throws IOException {
    JsonNode expected = JSON.readTree(Path.of("src/test/resources/cli/samples.expected.json").toFile());
    List<String> args = new ArrayList<>();
    expected.path("args").forEach(a -> args.add(a.asText()));
    Run r = Run.of(args.toArray(String[]::new));
    assertEquals(expected.path("exit").asInt(), r.exit(), r::err);
    JsonNode report = JSON.readTree(r.out());
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode f : report.path("findings")) {
      found.add(JSON.createObjectNode().put("file", f.path("file").asText())
          .put("rule", f.path("rule").asText()).put("severity", f.path("severity").asText())
          .put("row", f.path("row").asText()).put("column", f.path("column").asText()));
    }
    List<JsonNode> want = new ArrayList<>();
    expected.path("findings").forEach(want::add);
    assertEquals(want, found);
    assertEquals(expected.path("summary"), report.path("summary"));
  }

  @Test
  void jsonReportHoldsOnlyTheContractFields() throws IOException {
    Run r = Run.of("validate", "--format", "json", "--fail-on", "none",
        "src/test/resources/cli/one-of-each-severity.json", "src/test/resources/rules/parse-error");
    assertEquals(0, r.exit());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(List.of("findings", "summary"), names(report));
    assertEquals(List.of("files", "errors", "warnings", "infos"), names(report.path("summary")));
    assertTrue(report.path("findings").size() > 0);
    for (JsonNode f : report.path("findings")) {
      for (String name : names(f)) {
        assertTrue(FINDING_FIELDS.contains(name), () -> "field " + name + " is not in the contract");
      }
      for (String name : REQUIRED_FIELDS) {
        assertTrue(f.has(name), () -> "finding without " + name + ": " + f);
      }
      if (f.has("line")) {
        assertTrue(f.path("line").isInt() && f.path("line").asInt() > 0, f::toString);
      }
    }
    assertEquals("", r.err());
  }

  @Test
  void jsonSummaryCountsEachSeverity() throws IOException {
    Run r = Run.of("validate", "--format", "json", "src/test/resources/cli/one-of-each-severity.json");
    JsonNode s = JSON.readTree(r.out()).path("summary");
    assertEquals(JSON.readTree("{\"files\":1,\"errors\":1,\"warnings\":1,\"infos\":1}"), s);
  }

  @Test
  void textReportIsOneLinePerFindingThenTheSummary() {
    Run r = Run.of("validate", "src/test/resources/cli/one-of-each-severity.json");
    String file = "src/test/resources/cli/one-of-each-severity.json";
    List<String> lines = r.outLines();
    assertEquals(4, lines.size(), r::out);
    // Row order first: the PM item row comes before the total row.
    assertTrue(lines.get(0).startsWith(file + ":6:"), lines.get(0));
    assertTrue(lines.get(0).contains(": warning pm-entry: Cloud, 2027: "), lines.get(0));
    assertTrue(lines.get(1).startsWith(file + ":7:"), lines.get(1));
    assertTrue(lines.get(1).contains(": error total-sum: Totaal, 2026: "), lines.get(1));
    assertTrue(lines.get(1).endsWith("[expected 30, actual 35]"), lines.get(1));
    assertTrue(lines.get(2).contains(": info rounding-difference: Totaal, 2028: "), lines.get(2));
    assertEquals("1 file: 1 error, 1 warning, 1 info", lines.get(3));
  }

  @Test
  void directoryWalkIsRecursiveSortedAndTakesOnlySupportedFiles(@TempDir Path dir) throws IOException {
    String agenda = "{\"columns\": [\"2026\"], \"rows\": [{\"label\": \"Data\", \"values\": [1]}]}";
    Files.createDirectories(dir.resolve("b"));
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("b/z.json"), agenda);
    Files.writeString(dir.resolve("a.json"), agenda);
    Files.writeString(dir.resolve("a/inner.json"), agenda);
    Files.writeString(dir.resolve("notes.md"), "not an agenda");
    Files.writeString(dir.resolve("a/agenda.meta.json"), "{}");
    Files.writeString(dir.resolve("a/agenda.json.bak"), "not an agenda");
    Run r = Run.of("validate", "--format", "json", dir.toString());
    JsonNode report = JSON.readTree(r.out());
    List<String> files = new ArrayList<>();
    report.path("findings").forEach(f -> files.add(f.path("file").asText()));
    assertEquals(List.of(dir.resolve("a.json").toString(), dir.resolve("a/inner.json").toString(),
        dir.resolve("b/z.json").toString()), files);
    assertEquals(3, report.path("summary").path("files").asInt());
  }

  @Test
  void filesGivenKeepTheirOrderAndDirectoriesTheirSpelling() throws IOException {
    Run r = Run.of("validate", "--format", "json", "samples/nds-investeringsagenda-2025.json",
        "samples/kernboodschap-digitalisering.json");
    List<String> files = new ArrayList<>();
    JSON.readTree(r.out()).path("findings").forEach(f -> files.add(f.path("file").asText()));
    assertEquals(List.of("samples/nds-investeringsagenda-2025.json",
        "samples/nds-investeringsagenda-2025.json", "samples/kernboodschap-digitalisering.json",
        "samples/kernboodschap-digitalisering.json"), files);
  }

  @Test
  void badInputGivesFindingsNeverAStackTrace(@TempDir Path dir) throws IOException {
    Path binary = dir.resolve("binary.json");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe});
    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "");
    Path truncated = dir.resolve("truncated.json");
    Files.writeString(truncated, "{\"columns\": [\"2026\"], \"rows\": [{\"label\": \"Da");
    Path mixed = dir.resolve("mixed");
    Files.createDirectories(mixed);
    Files.writeString(mixed.resolve("bad.json"), "{\"columns\": 2026}");
    Files.writeString(mixed.resolve("good.json"),
        "{\"columns\": [\"2026\"], \"rows\": [{\"label\": \"Data\", \"values\": [1]}]}");
    for (String format : List.of("text", "json")) {
      Run r = Run.of("validate", "--format", format, binary.toString(), empty.toString(),
          truncated.toString(), mixed.toString());
      assertEquals(1, r.exit(), r::err);
      assertEquals("", r.err());
      assertTrue(r.clean(), r::out);
      if (format.equals("json")) {
        JsonNode report = JSON.readTree(r.out());
        List<String> seen = new ArrayList<>();
        report.path("findings").forEach(f -> seen.add(
            Path.of(f.path("file").asText()).getFileName() + " " + f.path("rule").asText()));
        assertEquals(List.of("binary.json parse-error", "empty.json parse-error",
            "truncated.json parse-error", "bad.json parse-error", "good.json no-total"), seen);
        assertEquals(5, report.path("summary").path("files").asInt());
      }
    }
  }

  @Test
  void sameInputSameBytes() {
    for (String format : List.of("text", "json")) {
      Run a = Run.of("validate", "--format", format, "samples", "src/test/resources/rules/total-sum");
      Run b = Run.of("validate", "--format", format, "samples", "src/test/resources/rules/total-sum");
      assertEquals(a.out(), b.out());
      assertEquals(a.exit(), b.exit());
      assertTrue(a.out().length() > 0);
    }
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}

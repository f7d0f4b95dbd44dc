package org.agendacheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.agendacheck.AgendaCheck;
import org.agendacheck.baseline.Fingerprints;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The command line as a CI gate, through the real engine: exit codes per fail-on, baselines written
 * and read back, fingerprints across moved lines, several reports in one run, the configuration
 * in the working directory, and JUnit and GitHub output parsed back.
 */
class GateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path AGENDAS = Path.of("src/test/resources/reports/agendas");

  @ParameterizedTest(name = "{0} --fail-on {1} exits {2}")
  @CsvFileSource(resources = "/reports/exit-codes.csv", numLinesToSkip = 1)
  void exitCodeFollowsFailOn(String agenda, String failOn, int exit) {
    Cli.Run run = Cli.run("validate", "--fail-on", failOn,
        AGENDAS.resolve(agenda + ".json").toString());
    assertEquals(exit, run.exit(), run.err());
  }

  @Test
  void baselineWrittenAndReadBackSuppressesEverythingAndANewDefectStillFails(@TempDir Path dir)
      throws Exception {
    Path agenda = copy("mixed.json", dir);
    Cli.Run write = Cli.runIn(dir, "validate", "--write-baseline", "baseline.json",
        agenda.toString());
    assertEquals(1, write.exit(), "writing a baseline reports as usual");
    JsonNode baseline = JSON.readTree(dir.resolve("baseline.json").toFile());
    assertEquals(4, baseline.path("entries").size());

    Cli.Run again = Cli.runIn(dir, "validate", "--format", "json", "--fail-on", "info",
        "--baseline", "baseline.json", agenda.toString());
    assertEquals(0, again.exit(), again.out());
    JsonNode report = JSON.readTree(again.out());
    assertEquals(0, report.path("findings").size());
    assertEquals(4, report.path("summary").path("suppressed").asInt());

    // A reason and owner given by hand survive a rewrite.
    ((ObjectNode) baseline.path("entries").path(0)).put("reason", "tender pending")
        .put("owner", "controller");
    JSON.writeValue(dir.resolve("baseline.json").toFile(), baseline);
    Cli.runIn(dir, "validate", "--baseline", "baseline.json", "--write-baseline",
        "baseline.json", agenda.toString());
    JsonNode rewritten = JSON.readTree(dir.resolve("baseline.json").toFile());
    assertEquals(4, rewritten.path("entries").size());
    assertEquals("tender pending", rewritten.path("entries").path(0).path("reason").asText());
    assertEquals("controller", rewritten.path("entries").path(0).path("owner").asText());

    // Totaal 2026 from 30 to 90: a new total-sum error, and the rounding-difference entry is stale.
    String text = Files.readString(agenda);
    Files.writeString(agenda, text.replace("[30, 45, 30]", "[90, 45, 30]"));
    Cli.Run after = Cli.runIn(dir, "validate", "--format", "json", "--baseline",
        "baseline.json", agenda.toString());
    assertEquals(1, after.exit());
    List<String> rules = new ArrayList<>();
    JSON.readTree(after.out()).path("findings").forEach(f -> rules.add(f.path("rule").asText()
        + " " + f.path("row").asText() + " " + f.path("column").asText()));
    assertEquals(List.of("total-sum Totaal 2026", "baseline-stale Totaal 2026"), rules);
  }

  @Test
  void fingerprintsSurviveABlankLineAtTheTop(@TempDir Path dir) throws Exception {
    Path agenda = copy("mixed.json", dir);
    Map<String, Integer> before = fingerprints(dir, agenda);
    Files.writeString(agenda, "\n" + Files.readString(agenda));
    Map<String, Integer> after = fingerprints(dir, agenda);
    assertEquals(4, before.size());
    assertEquals(before.keySet(), after.keySet());
    before.forEach((fp, line) -> assertEquals(line + 1, after.get(fp), "line of " + fp));
  }

  private static Map<String, Integer> fingerprints(Path dir, Path agenda) throws Exception {
    Cli.Run run = Cli.runIn(dir, "validate", "--format", "sarif", agenda.toString());
    Map<String, Integer> out = new LinkedHashMap<>();
    for (JsonNode r : JSON.readTree(run.out()).path("runs").path(0).path("results")) {
      out.put(r.path("partialFingerprints").path(Fingerprints.KEY).asText(),
          r.path("locations").path(0).path("physicalLocation").path("region")
              .path("startLine").asInt());
    }
    return out;
  }

  @Test
  void severalReportsInOneRunEachAsAloneAndOneSummaryLine(@TempDir Path dir) throws Exception {
    Path agenda = copy("mixed.json", dir);
    Cli.Run all = Cli.runIn(dir, "validate", "--format", "sarif", "--output", "a.sarif",
        "--format", "junit", "--output", "b.xml", "--format", "github", agenda.toString());
    assertEquals(1, all.exit());
    assertEquals(Cli.runIn(dir, "validate", "--format", "github", agenda.toString()).out(),
        all.out());
    assertEquals(Cli.runIn(dir, "validate", "--format", "sarif", agenda.toString()).out(),
        Files.readString(dir.resolve("a.sarif")));
    assertEquals(Cli.runIn(dir, "validate", "--format", "junit", agenda.toString()).out(),
        Files.readString(dir.resolve("b.xml")));
    assertEquals("agendacheck: 1 file: 1 error, 2 warnings, 1 info; wrote sarif to a.sarif, "
        + "junit to b.xml\n", all.err());
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of("a.sarif", "b.xml", "mixed.json"),
          s.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left");
    }
    Cli.Run twice = Cli.runIn(dir, "validate", "--format", "json", "--format", "text",
        agenda.toString());
    assertEquals(2, twice.exit(), "two reports cannot share stdout");
  }

  @Test
  void configurationInTheWorkingDirectoryFiltersTheWalkAndSeverities(@TempDir Path dir)
      throws Exception {
    Path data = Files.createDirectories(dir.resolve("data/drafts"));
    copy("only-warning.json", data.getParent());
    copy("mixed.json", data);
    Cli.Run plain = Cli.runIn(dir, "validate", "--format", "json", data.getParent().toString());
    assertEquals(2, JSON.readTree(plain.out()).path("summary").path("files").asInt());

    Files.writeString(dir.resolve("agendacheck.json"),
        "{\"severity\": {\"pm-entry\": \"off\"}, \"exclude\": [\"**/drafts/**\"]}");
    Cli.Run configured = Cli.runIn(dir, "validate", "--format", "json",
        data.getParent().toString());
    assertEquals(0, configured.exit());
    JsonNode report = JSON.readTree(configured.out());
    assertEquals(1, report.path("summary").path("files").asInt());
    assertEquals(0, report.path("findings").size(), "pm-entry is off");

    Files.writeString(dir.resolve("agendacheck.json"), "{\"include\": [\"data/drafts/*.json\"]}");
    Cli.Run included = Cli.runIn(dir, "validate", "--format", "json",
        data.getParent().toString());
    assertEquals(1, JSON.readTree(included.out()).path("summary").path("files").asInt());
    assertEquals(1, included.exit(), "only the draft with its error is read");
  }

  @Test
  void junitParsesBackWithAFailurePerRuleAtOrAboveFailOn() throws Exception {
    List<Path> inputs = List.of(AGENDAS.resolve("mixed.json"), Path.of("samples"));
    AgendaCheck check = AgendaCheck.withDefaultRules();
    ValidationResult result = check.validatePaths(inputs);
    Cli.Run run = Cli.run("validate", "--format", "junit", "--fail-on", "warning",
        inputs.get(0).toString(), inputs.get(1).toString());
    org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(run.out())));
    NodeList suites = xml.getElementsByTagName("testsuite");
    assertEquals(result.files(), suites.getLength(), "one suite per file");
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      String file = suite.getAttribute("name");
      NodeList cases = suite.getElementsByTagName("testcase");
      assertEquals(check.rules().rules().size(), cases.getLength(), "one case per rule");
      for (int j = 0; j < cases.getLength(); j++) {
        Element tc = (Element) cases.item(j);
        List<String> failing = result.findings().stream()
            .filter(f -> f.getSource().equals(file) && f.getRule().equals(tc.getAttribute("name"))
                && f.getSeverity().atLeast(Severity.WARNING))
            .map(TextReport::line).toList();
        NodeList failure = tc.getElementsByTagName("failure");
        assertEquals(failing.isEmpty() ? 0 : 1, failure.getLength(), file + " " + tc);
        if (!failing.isEmpty()) {
          assertEquals(String.join("\n", failing), failure.item(0).getTextContent());
        }
      }
    }
  }

  @Test
  void githubCommandsParseBackToTheFindings() throws Exception {
    Path agenda = AGENDAS.resolve("mixed.json");
    List<Finding> findings = AgendaCheck.withDefaultRules().validatePaths(List.of(agenda))
        .findings();
    List<String> lines = Cli.run("validate", "--format", "github", agenda.toString()).out()
        .lines().toList();
    assertEquals(findings.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Finding f = findings.get(i);
      String line = lines.get(i);
      int end = line.indexOf("::", 2);
      String head = line.substring(2, end);
      String command = head.substring(0, head.indexOf(' '));
      Map<String, String> props = new LinkedHashMap<>();
      for (String p : head.substring(head.indexOf(' ') + 1).split(",")) {
        props.put(p.substring(0, p.indexOf('=')), unescape(p.substring(p.indexOf('=') + 1)));
      }
      assertEquals(GithubReport.command(f.getSeverity()), command);
      assertEquals(agenda.toString(), props.get("file"));
      assertEquals(String.valueOf(f.getLine()), props.get("line"));
      assertEquals(String.valueOf(f.getCol()), props.get("col"));
      assertEquals(f.getRule() + ": " + f.getRow() + ", " + f.getColumn(), props.get("title"));
      assertEquals(TextReport.raw(f), unescape(line.substring(end + 2)));
      assertTrue(!line.substring(end + 2).contains("\n"));
    }
  }

  private static String unescape(String s) {
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
        .replace("%25", "%");
  }

  private static Path copy(String agenda, Path dir) throws Exception {
    return Files.copy(AGENDAS.resolve(agenda), dir.resolve(agenda));
  }
}

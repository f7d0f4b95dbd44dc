package org.agendacheck.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agendacheck.AgendaCheck;
import org.agendacheck.baseline.Baseline;
import org.agendacheck.cli.Main;
import org.agendacheck.config.Config;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate through the library gives what the command line gives; rewriting a baseline prunes. */
class GateTest {
  private static final Path AGENDAS = Path.of("src/test/resources/reports/agendas");
  private static final Path MIXED = AGENDAS.resolve("mixed.json");
  private static final Path BASELINE = Path.of("src/test/resources/reports/baselines/mixed.baseline.json");

  private static String[] cli(Path wd, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Main(new PrintWriter(out), new PrintWriter(err), wd).run(args);
    return new String[] {String.valueOf(exit), out.toString(), err.toString()};
  }

  @Test
  void libraryAndCommandLineAgreeOnConfigurationBaselineAndFailOn() throws Exception {
    AgendaCheck check = AgendaCheck.withDefaultRules();
    Path pmOff = Path.of("src/test/resources/reports/configs/pm-off.json");
    for (String failOn : List.of("error", "warning", "info", "none")) {
      Severity threshold = failOn.equals("none") ? null : Severity.parse(failOn);
      Verdict v = check.gate(GateRequest.of(List.of(Path.of("samples"), MIXED))
          .withConfig(Config.load(pmOff, check.rules()))
          .withBaseline(Baseline.read(BASELINE)).withFailOn(threshold));
      String[] run = cli(Path.of(""), "validate", "--config", pmOff.toString(), "--baseline",
          BASELINE.toString(), "--fail-on", failOn, "--format", "json", "samples", MIXED.toString());
      assertEquals(run[0], String.valueOf(v.exitStatus()), "exit at --fail-on " + failOn);
      StringWriter json = new StringWriter();
      new org.agendacheck.report.JsonReport().write(new org.agendacheck.report.ReportInput(
          v.result(), v.fingerprints(), v.suppressed(), v.baselineApplied(),
          v.files().stream().map(Path::toString).toList(), check.rules().rules(), threshold,
          Path.of("")), json);
      assertEquals(run[1], json.toString(), "findings at --fail-on " + failOn);
      assertTrue(v.result().findings().stream().noneMatch(f -> f.getRule().equals("pm-entry")));
      assertTrue(!v.suppressed().isEmpty());
    }
  }

  @Test
  void rewritingABaselineLeavesNewFindingsOutUnlessAsked(@TempDir Path dir) throws Exception {
    Path agenda = dir.resolve("agenda.json");
    Files.copy(MIXED, agenda);
    Path baseline = dir.resolve("baseline.json");
    String[] first = cli(dir, "validate", "--fail-on", "none", "--write-baseline",
        baseline.toString(), agenda.toString());
    int entries = Baseline.read(baseline).entries().size();
    assertTrue(entries > 0, first[2]);
    // A new error: the total of the structural column no longer adds up.
    String changed = Files.readString(MIXED).replace("[30, 45, 30]", "[30, 45, 3000]");
    assertNotEquals(Files.readString(MIXED), changed, "the fixture no longer has the total row");
    Files.writeString(agenda, changed);
    String[] again = cli(dir, "validate", "--fail-on", "none", "--baseline", baseline.toString(),
        "--write-baseline", baseline.toString(), agenda.toString());
    int after = Baseline.read(baseline).entries().size();
    assertTrue(after <= entries, again[2]);
    assertTrue(again[2].contains("left out"), again[2]);
    String[] accept = cli(dir, "validate", "--fail-on", "none", "--baseline", baseline.toString(),
        "--write-baseline", baseline.toString(), "--accept-new", agenda.toString());
    assertTrue(Baseline.read(baseline).entries().size() > after, accept[2]);
  }

  @Test
  void dutchSampleRunIsWhatTheReadmeShows() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String command = "```\n./agendacheck validate --lang nl samples/\n```\n\n```\n";
    int from = readme.indexOf(command);
    assertTrue(from >= 0, "README.md lacks the Dutch sample run");
    from += command.length();
    String shown = readme.substring(from, readme.indexOf("```", from));
    String[] run = cli(Path.of(""), "validate", "--lang", "nl", "samples/");
    assertEquals("0", run[0]);
    assertEquals(run[1], shown);
    assertTrue(shown.contains("1.550") && shown.contains("1.535"), shown);
  }

  @Test
  void findingsKeepTheirDocuments() throws Exception {
    Verdict v = AgendaCheck.withDefaultRules().gate(GateRequest.of(List.of(MIXED)));
    assertEquals(1, v.result().documents().size());
    for (Finding f : v.result().findings()) {
      assertTrue(f.getLocation().isKnown() || f.getTable() != null, f.toString());
    }
  }
}

package org.agendacheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the benchmark at tiny sizes in this JVM: the generated inputs must give exactly their planted
 * findings through the real command line. Times are printed, never asserted.
 */
class BenchSmokeTest {
  @Test
  void plantedDefectsAreFoundAtTinySizes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Bench.run(new String[] {"--smoke"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String report = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, report + err.toString(StandardCharsets.UTF_8));
    assertTrue(report.contains("every case found exactly its planted defects"), report);
  }

  /** The cold start reads the findings of the text report that a run of paths alone writes. */
  @Test
  void textReportFindingsAreRead() {
    java.io.StringWriter out = new java.io.StringWriter();
    int code = new org.agendacheck.cli.Main(new java.io.PrintWriter(out),
        new java.io.PrintWriter(new java.io.StringWriter()))
        .run("validate", "samples/nds-investeringsagenda-2025.json");
    assertEquals(0, code);
    assertEquals(List.of(Inputs.key(null, "pm-entry", "IT-sourcing en inkoop", "2029"),
        Inputs.key(null, "pm-entry", "IT-sourcing en inkoop", "2030")),
        Bench.textFindings(out.toString()));
  }

  @Test
  void optionsChooseCasesSizesAndRepetitions() {
    Bench.Options quick = Bench.Options.parse(new String[] {"--quick"});
    assertEquals(List.of("startup", "files", "tables"), List.copyOf(quick.cases()));
    assertEquals(2, quick.cells().length);
    assertEquals(3, quick.coldRuns());
    Bench.Options full = Bench.Options.parse(new String[0]);
    assertEquals(Bench.Options.CASES, List.copyOf(full.cases()));
    assertEquals(List.of(60_000L, 600_000L, 6_000_000L),
        java.util.Arrays.stream(full.cells()).boxed().toList());
    assertEquals(5, full.coldRuns());
    assertEquals(3, full.rounds());
    assertEquals(3, full.bigRounds());
    Bench.Options some = Bench.Options.parse(
        new String[] {"--sizes", "1m,10k", "--rounds", "2", "--runs", "7", "--only", "tables"});
    assertEquals(List.of(60_000L, 6_000_000L),
        java.util.Arrays.stream(some.cells()).boxed().toList());
    assertEquals(2, some.bigRounds());
    assertEquals(7, some.coldRuns());
    assertEquals(List.of("tables"), List.copyOf(some.cases()));
    for (String[] bad : List.of(new String[] {"--sizes", "2m"}, new String[] {"--runs", "0"},
        new String[] {"--only", "everything"}, new String[] {"--rounds"}, new String[] {"-x"})) {
      assertEquals(null, Bench.Options.parse(bad), String.join(" ", bad));
    }
  }

  @Test
  void longDigitRunsAreShownAsTheirCount() {
    assertEquals("[row-width | Post 2 10 999...(1,200,000 digits) | null]",
        Bench.shortDigits("[row-width | Post 2 10 " + "9".repeat(1_200_000) + " | null]"));
    assertEquals("Post 2027 12345", Bench.shortDigits("Post 2027 12345"));
  }

  @Test
  void aTableNamesOneFindingPerPlantedDefect(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.json");
    List<String> expected = Inputs.table(file, 120);
    assertEquals(6, expected.size());
    assertEquals(expected.stream().distinct().count(), expected.size());
    // 20 rows: 19 items and the total, one per line between the header and the closing lines.
    assertEquals(20, Files.readAllLines(file).stream().filter(l -> l.contains("\"values\"")).count());
  }
}

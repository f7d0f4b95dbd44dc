package org.agendacheck.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendacheck.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * A configuration's rounding may declare totals exact sums of the printed figures; a table without
 * its own rounding is then checked without a rounding tolerance. Expected findings are the data
 * file {@code expected.tsv} beside the fixture.
 */
class ExactTotalsConfigTest {
  private static final Path DIR = Path.of("src/test/resources/config/totals-exact");

  private static String[] cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Main(new PrintWriter(out), new PrintWriter(err), Path.of("")).run(args);
    return new String[] {String.valueOf(exit), out.toString(), err.toString()};
  }

  @Test
  void configurationDeclaresTotalsExact() throws Exception {
    String[] run = cli("validate", "--config", DIR.resolve("agendacheck.json").toString(),
        "--format", "json", DIR.resolve("nds.csv").toString());
    com.fasterxml.jackson.databind.JsonNode report =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run[1]);
    List<String> found = new ArrayList<>();
    for (var f : report.path("findings")) {
      if (f.path("rule").asText().equals("total-sum")
          || f.path("rule").asText().equals("rounding-difference")) {
        found.add(f.path("rule").asText() + "\t" + f.path("row").asText() + "\t"
            + f.path("column").asText());
        assertTrue(f.path("message").asText().contains("declared exact sums"), f.toString());
      }
    }
    assertEquals(Files.readAllLines(DIR.resolve("expected.tsv")), found, run[1]);
    assertEquals("1", run[0]);
  }

  @Test
  void anUnknownTotalsValueIsAUsageError() {
    String[] run = cli("validate", "--config", DIR.resolve("bad-totals.json").toString(),
        DIR.resolve("nds.csv").toString());
    assertEquals("2", run[0]);
    assertTrue(run[2].contains("\"rounding.totals\" must be exact or interval"), run[2]);
  }
}

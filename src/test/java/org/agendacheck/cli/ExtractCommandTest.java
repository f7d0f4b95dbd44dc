package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agendacheck extract}: what the readers understood, as agenda JSON. */
class ExtractCommandTest {
  @Test
  void printsTheTableReadFromTheSeedText() throws IOException {
    Run r = Run.of("extract", "examples/nds-investeringsagenda-2025.txt");
    assertEquals(0, r.exit(), r.err());
    assertEquals(Files.readString(Path.of("src/test/resources/cli/extract-nds-text.expected.json")),
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void severalTablesAreAnArrayThatValidatesAsOneDocument(@TempDir Path dir) throws IOException {
    Run r = Run.of("extract", "samples/nds-investeringsagenda-2025.json",
        "samples/kernboodschap-digitalisering.json");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("["), r.out());
    Path both = dir.resolve("both.json");
    Files.writeString(both, r.out());
    Run v = Run.of("validate", both.toString());
    assertEquals(0, v.exit(), v.out());
    assertEquals("1 file: 0 errors, 4 warnings, 0 infos", v.outLines().get(v.outLines().size() - 1));
  }

  @Test
  void anUnreadableFileIsOneLineAndExitOne(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"columns\": [");
    Run r = Run.of("extract", bad.toString(), "samples/nds-investeringsagenda-2025.json");
    assertEquals(1, r.exit());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).startsWith(bad + ":1: not valid JSON"), r.err());
    assertTrue(r.out().contains("\"id\" : \"nds-investeringsagenda-2025\""), r.out());
    assertTrue(r.clean());
  }

  @Test
  void aMissingFileIsAUsageError() {
    Run r = Run.of("extract", "no/such/file.xlsx");
    assertEquals(2, r.exit());
    assertEquals(1, r.errLines().size(), r.err());
  }
}

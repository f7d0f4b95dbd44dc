package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --locale} and {@code --input-format} change how a document is read, on the command line. */
class ReadOptionsTest {
  private static final String CSV = "label;2026\nData;1,110\nAI;5\nTotaal;1.115\n";

  @Test
  void dutchReadingFlagsTheAmbiguousCommaAndTheTotalFails(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("t.csv"), CSV);
    Run r = Run.of("validate", "--format", "json", csv.toString());
    assertTrue(r.out().contains("\"rule\" : \"ambiguous-number\""), r.out());
    assertTrue(r.out().contains("\"rule\" : \"total-sum\""), r.out());
    assertEquals(1, r.exit());
  }

  @Test
  void englishReadingMakesTheCommaAThousandsSeparator(@TempDir Path dir) throws IOException {
    // With en, the comma groups thousands: 1,110 is 1110 and the total 1,115 adds up.
    Path csv = Files.writeString(dir.resolve("t.csv"), "label;2026\nData;1,110\nAI;5\nTotaal;1,115\n");
    Run r = Run.of("validate", "--locale", "en", "--format", "json", csv.toString());
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("\"errors\" : 0"), r.out());
  }

  @Test
  void inputFormatOverridesTheExtension(@TempDir Path dir) throws IOException {
    Path txt = Files.writeString(dir.resolve("export.dat"), CSV.replace("1,110", "1.110"));
    Run r = Run.of("validate", "--input-format", "csv", txt.toString());
    assertEquals(0, r.exit(), r.out());
    assertEquals("1 file: 0 errors, 0 warnings, 0 infos", r.outLines().get(r.outLines().size() - 1));
  }

  @Test
  void unknownLocaleOrFormatIsAUsageError() {
    Run locale = Run.of("validate", "--locale", "fr", "samples");
    assertEquals(2, locale.exit());
    assertEquals(1, locale.errLines().size(), locale.err());
    Run format = Run.of("validate", "--input-format", "odt", "samples");
    assertEquals(2, format.exit());
    assertEquals(1, format.errLines().size(), format.err());
  }
}

package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exit codes 0, 1 and 2, and the one-line message of a usage error. */
class ExitCodeTest {
  /** Gives an error (total-sum), a warning (pm-entry) and an info (rounding-difference). */
  private static final String MIXED = "src/test/resources/cli/one-of-each-severity.json";
  /** Gives only an info (no-total). */
  private static final String INFO_ONLY = "src/test/resources/rules/no-total/rows-without-total.json";
  /** Gives only warnings (pm-entry, structural-exceeds-final-year). */
  private static final String SAMPLES = "samples";
  /** Gives nothing. */
  private static final String CLEAN = "src/test/resources/rules/no-total/table-with-total.json";

  @ParameterizedTest(name = "--fail-on {0} on {1}: exit {2}")
  @CsvSource({
      "error,   " + MIXED + ",     1",
      "warning, " + MIXED + ",     1",
      "info,    " + MIXED + ",     1",
      "none,    " + MIXED + ",     0",
      "error,   " + SAMPLES + ",   0",
      "warning, " + SAMPLES + ",   1",
      "info,    " + SAMPLES + ",   1",
      "none,    " + SAMPLES + ",   0",
      "error,   " + INFO_ONLY + ", 0",
      "warning, " + INFO_ONLY + ", 0",
      "info,    " + INFO_ONLY + ", 1",
      "info,    " + CLEAN + ",     0",
      "WARNING, " + SAMPLES + ",   1"})
  void failOnDecidesBetweenZeroAndOne(String failOn, String path, int exit) {
    Run r = Run.of("validate", "--fail-on", failOn, path);
    assertEquals(exit, r.exit(), r::err);
    assertEquals("", r.err());
  }

  @Test
  void errorIsTheDefaultThreshold() {
    assertEquals(1, Run.of("validate", MIXED).exit());
    assertEquals(0, Run.of("validate", SAMPLES).exit());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown option          | validate --colour samples",
      "unknown format          | validate --format xml samples",
      "unknown fail-on         | validate --fail-on fatal samples",
      "missing file            | validate no/such/file.json",
      "missing file among good | validate samples no-such-dir",
      "no file                 | validate",
      "no command              | ''",
      "unknown command         | check samples",
      "unknown rules format    | rules --format xml",
      "output to a missing dir | validate --format json --output no/such/dir/report.json samples"})
  void usageErrorsExitTwoWithOneLineOnStderr(String what, String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    Run r = Run.of(args);
    assertEquals(2, r.exit(), () -> what + ": " + r.err());
    assertEquals(1, r.errLines().size(), () -> what + ": stderr was\n" + r.err());
    assertTrue(r.err().startsWith("agendacheck: "), r::err);
    assertEquals("", r.out(), what + ": nothing on stdout");
    assertTrue(r.clean(), r::err);
  }

  @Test
  void missingFileIsNamed() {
    Run r = Run.of("validate", "no/such/file.json");
    assertTrue(r.err().contains("no/such/file.json"), r::err);
  }

  @Test
  void helpAndVersionExitZero() {
    assertEquals(0, Run.of("--help").exit());
    assertEquals(0, Run.of("validate", "--help").exit());
    Run v = Run.of("--version");
    assertEquals(0, v.exit());
    assertTrue(v.out().startsWith("agendacheck "), v::out);
  }

  @Test
  void aDirectoryWithoutDocumentsIsAUsageError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("notes.md"), "no agenda here");
    Run r = Run.of("validate", dir.toString());
    assertEquals(2, r.exit(), r.out());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("agendacheck: no documents to validate in " + dir), r.err());
    assertEquals("", r.out());
  }
}

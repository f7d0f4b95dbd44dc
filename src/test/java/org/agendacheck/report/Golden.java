package org.agendacheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendacheck.AgendaCheck;

/**
 * Expected report output kept as files under {@code src/test/resources/reports/}. The placeholder
 * {@code ${version}} stands for the built version, so a release does not rewrite every file.
 *
 * <p>Run with {@code -Dagendacheck.golden.update=true} to rewrite the files from the current output
 * after a deliberate change; review the diff before committing it.
 */
final class Golden {
  static final Path SOURCE = Path.of("src/test/resources/reports");
  private static final boolean UPDATE = Boolean.getBoolean("agendacheck.golden.update");

  private Golden() {}

  /** Asserts that the output equals the expected file (relative to the reports folder). */
  static void assertMatches(String name, String actual) throws IOException {
    Path file = SOURCE.resolve(name);
    String version = AgendaCheck.version();
    if (UPDATE) {
      Files.writeString(file, actual.replace("\"" + version + "\"", "\"${version}\""),
          StandardCharsets.UTF_8);
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8)
        .replace("${version}", version);
    assertEquals(expected, actual, "output differs from " + file);
  }
}

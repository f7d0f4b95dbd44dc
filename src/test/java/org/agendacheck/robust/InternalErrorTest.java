package org.agendacheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.agendacheck.AgendaCheck;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.read.Sources;
import org.junit.jupiter.api.Test;

/**
 * A failure while one file is read or checked becomes that file's internal-error finding; every
 * other file is still validated and reported.
 */
class InternalErrorTest {
  private static final Path GOOD = Path.of("src/test/resources/cli/one-of-each-severity.json");
  private static final Path BOEM = Path.of("src/test/resources/robust/boem.json");

  private static List<String> rules(ValidationResult r, String source) {
    return r.findings().stream().filter(f -> f.getSource().equals(source)).map(Finding::getRule)
        .toList();
  }

  @Test
  void aRuleThatFailsOnOneFileLeavesTheOthersChecked() throws Exception {
    AgendaCheck check = AgendaCheck.withRules(
        List.of(Path.of("src/test/resources/robust/defective-rule")), true);
    List<String> expectedGood = rules(AgendaCheck.withDefaultRules()
        .validatePaths(List.of(GOOD)), GOOD.toString());
    ValidationResult r = check.validatePaths(List.of(GOOD, BOEM));
    assertEquals(2, r.files());
    assertEquals(expectedGood, rules(r, GOOD.toString()));
    List<Finding> boem = r.findings().stream()
        .filter(f -> f.getSource().equals(BOEM.toString())).toList();
    assertEquals(List.of("internal-error"), boem.stream().map(Finding::getRule).toList());
    String m = boem.get(0).getMessage();
    assertTrue(m.startsWith("internal error while checking"), m);
    assertTrue(m.contains("NumberFormatException"), m);
    assertEquals("error", boem.get(0).getSeverity().label());
  }

  @Test
  void aFailureOfTheToolWhileReadingIsAnInternalErrorNotAParseError() {
    InputStream failing = new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("the upload's buffer was released");
      }
    };
    ValidationResult r = AgendaCheck.withDefaultRules().validate(List.of(
        Sources.load("upload.json", failing),
        Sources.load(GOOD.toString(), stream(GOOD))));
    assertEquals(List.of("internal-error"), rules(r, "upload.json"));
    assertEquals(3, rules(r, GOOD.toString()).size());
  }

  @Test
  void aLibraryRejectingTheBytesIsAParseError() {
    ValidationResult r = AgendaCheck.withDefaultRules().validate(List.of(
        Sources.load("kapot.xlsx", new java.io.ByteArrayInputStream(new byte[] {'P', 'K', 3, 4}))));
    assertEquals(List.of("parse-error"), rules(r, "kapot.xlsx"));
  }

  private static InputStream stream(Path p) {
    try {
      return java.nio.file.Files.newInputStream(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package org.agendacheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.model.Document;
import org.agendacheck.read.Sources;
import org.junit.jupiter.api.Test;

/** The library used the way the README's embedding section shows. */
class EmbeddingTest {
  private static final AgendaCheck CHECK = AgendaCheck.withDefaultRules();

  @Test
  void uploadIsCheckedTogetherWithThePublishedAgendaItReferences() throws Exception {
    Document published = Sources.load(Path.of("samples/nds-investeringsagenda-2025.json"));
    byte[] upload = ("{\"columns\": [\"2026\", \"2027\"], \"rows\": [\n"
        + "{\"label\": \"NDS\", \"values\": [745, 1115],"
        + " \"ref\": {\"document\": \"nds-investeringsagenda-2025\", \"row\": \"Totaal\"}},\n"
        + "{\"label\": \"Totaal\", \"role\": \"total\", \"values\": [745, 1115]}]}")
        .getBytes(StandardCharsets.UTF_8);
    Document submitted = Sources.load("upload.json", new ByteArrayInputStream(upload));
    ValidationResult result = CHECK.validate(List.of(submitted, published));
    List<Finding> mismatches = result.findings().stream()
        .filter(f -> f.getRule().equals("reference-mismatch")).toList();
    assertEquals(1, mismatches.size(), result.findings()::toString);
    Finding f = mismatches.get(0);
    assertEquals("upload.json", f.getSource());
    assertEquals("NDS", f.getRow());
    assertEquals("2027", f.getColumn());
    assertEquals("1110", f.getExpected());
    assertEquals("1115", f.getActual());
    assertEquals(2, f.getLine());
    assertEquals(Severity.ERROR, f.getSeverity());
    assertTrue(result.failsAt(Severity.ERROR));
    assertEquals(2, result.files());
  }

  @Test
  void pathsAreReadLikeTheCommandLineReadsThem() throws Exception {
    ValidationResult result = CHECK.validatePaths(List.of(Path.of("samples")));
    assertEquals(Sources.expand(List.of(Path.of("samples"))).size(), result.files());
    assertTrue(result.files() >= 3, "the samples hold at least the three foundation tables");
    assertEquals(4, result.count(Severity.WARNING));
    assertFalse(result.failsAt(Severity.ERROR));
    assertTrue(result.failsAt(Severity.WARNING));
  }

  @Test
  void unreadableUploadIsAFindingNotAnException() {
    Document bad = Sources.load("upload.json",
        new ByteArrayInputStream("{\"columns\": [".getBytes(StandardCharsets.UTF_8)));
    ValidationResult result = CHECK.validate(List.of(bad));
    assertEquals(List.of("parse-error"), result.findings().stream().map(Finding::getRule).toList());
  }

  @Test
  void theRuleBaseIsCompiledOncePerProcess() {
    assertSame(CHECK.rules(), AgendaCheck.withDefaultRules().rules());
  }
}

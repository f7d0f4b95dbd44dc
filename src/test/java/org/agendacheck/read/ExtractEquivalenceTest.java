package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.agendacheck.AgendaCheck;
import org.agendacheck.engine.Finding;
import org.agendacheck.model.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} shows what was understood of a document: validating the extracted JSON gives the
 * document's own findings, locations aside, for every readable document among the fixtures and the
 * samples. Two rules judge how the source was written rather than the table, so they cannot survive
 * extraction: {@code ambiguous-number} (the extract holds the reading), {@code formula-range}
 * (a spreadsheet's cell formulas) and {@code possible-total} (a reader's doubt about a label); and
 * the findings about references that spreadsheet formulas make ({@code =NDS!G20}).
 */
class ExtractEquivalenceTest {
  private static final AgendaCheck CHECK = AgendaCheck.withDefaultRules();
  private static final Set<String> SOURCE_ONLY = Set.of("ambiguous-number", "formula-range",
      "possible-total");

  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicTest> extractedJsonGivesTheSameFindings() throws IOException {
    List<Path> documents;
    try (Stream<Path> walk = Stream.concat(
        Files.walk(Path.of("src/test/resources/rules")), Files.walk(Path.of("samples")))) {
      documents = walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(json|csv|txt|xlsx|docx|html|htm|pdf)$"))
          .filter(p -> !p.toString().endsWith(".expected.json")
              && !p.toString().endsWith(".meta.json") && !p.toString().endsWith(".baseline.json"))
          .filter(p -> !p.toString().contains("/parse-error/"))
          .sorted().toList();
    }
    assertFalse(documents.isEmpty());
    return documents.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> check(p)));
  }

  private void check(Path source) throws IOException {
    Document read = Sources.load(source);
    StringWriter json = new StringWriter();
    CanonicalJson.write(read.tables(), json);
    Path extracted = tmp.resolve(source.getFileName() + ".extracted.json");
    Files.writeString(extracted, json.toString());
    assertEquals(describe(CHECK.validate(List.of(read)).findings()),
        describe(CHECK.validatePaths(List.of(extracted)).findings()),
        () -> "extract of " + source + ":\n" + json);
  }

  /** A finding about a reference a spreadsheet formula makes: the extract holds no formulas. */
  private static boolean byFormula(Finding f) {
    return f.getOrigin() instanceof org.agendacheck.engine.FormulaReference
        || f.getOrigin() instanceof org.agendacheck.engine.ReferencePair p
            && p.cell().getFormula() != null && p.cell().getFormula().reference() != null;
  }

  private static List<String> describe(List<Finding> findings) {
    // a wrong range's finding stands for the sums it breaks: those are the document's own
    return findings.stream()
        .flatMap(f -> Stream.concat(Stream.of(f), f.getConsequences().stream()))
        .filter(f -> !SOURCE_ONLY.contains(f.getRule()))
        .filter(f -> !byFormula(f))
        .map(f -> f.getRule() + " " + f.getSeverity().label() + " table=" + f.getTable()
            + " row=" + f.getRow() + " column=" + f.getColumn() + " expected=" + f.getExpected()
            + " actual=" + f.getActual())
        // sorted: a merged finding reports its consequences at the cause's place
        .sorted().toList();
  }
}

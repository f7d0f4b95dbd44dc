package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The published-document fixtures under {@code src/test/resources/read/<format>/}: every source
 * with a {@code NAME.expected.json} beside it is read as the command line reads it (its sidecar,
 * and the locale named in {@code NAME.locale} when there is one), validated with the whole
 * catalogue, and its findings compared with the expected ones, as data:
 * {@code {"findings": [{"rule": "total-sum", "table": "...", "row": "Totaal", "column": "2028"}]}}.
 * Validating the source's extract gives the same findings, locations aside.
 */
class ReadFixturesTest {
  private static final AgendaCheck CHECK = AgendaCheck.withDefaultRules();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SOURCE_ONLY = Set.of("ambiguous-number", "formula-range",
      "possible-total");

  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    List<Path> expected;
    try (Stream<Path> s = Files.walk(ReaderModelTest.ROOT)) {
      expected = s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted()
          .toList();
    }
    assertFalse(expected.isEmpty());
    return expected.stream().flatMap(e -> {
      Path input = ReaderModelTest.inputOf(e, ".expected.json");
      String name = ReaderModelTest.ROOT.relativize(input).toString();
      return Stream.of(DynamicTest.dynamicTest(name + " findings", () -> findings(input, e)),
          DynamicTest.dynamicTest(name + " extract", () -> extract(input)));
    });
  }

  /**
   * A configuration's default rounding is given while reading to the tables that declare none,
   * named as their rounding's source; a table whose text declares one keeps its own.
   */
  @org.junit.jupiter.api.Test
  void defaultRoundingIsAppliedWhileReading() {
    ReadOptions o = ReadOptions.DEFAULTS.withDefaultRounding(
        new org.agendacheck.model.Rounding(org.agendacheck.model.RoundingMode.NEAREST,
            java.math.BigDecimal.valueOf(5)), "the default rounding of agendacheck.json");
    Path txt = ReaderModelTest.ROOT.resolve("txt");
    org.agendacheck.model.Table none = Sources.load(txt.resolve("jaarverslag-artikel-2.txt"), o)
        .tables().get(0);
    assertEquals("nearest to 5", none.getRounding().toString());
    assertEquals("the default rounding of agendacheck.json", none.getRoundingSource());
    org.agendacheck.model.Table own = Sources.load(txt.resolve("kaderbrief-uitgaven.txt"), o)
        .tables().get(0);
    assertEquals("nearest to 5", own.getRounding().toString());
    assertEquals("line 9: \"De bedragen zijn afgerond op vijftallen.\"", own.getRoundingSource());
    org.agendacheck.model.Table exact = Sources.load(txt.resolve("jaarverslag-artikel-2.txt"),
        ReadOptions.DEFAULTS).tables().get(0);
    assertEquals("none", exact.getRounding().toString());
  }

  private static void findings(Path input, Path expectedFile) throws IOException {
    JsonNode exp = JSON.readTree(expectedFile.toFile());
    List<String> want = new ArrayList<>();
    for (JsonNode f : exp.path("findings")) {
      want.add(f.path("rule").asText() + " table=" + text(f, "table") + " row=" + text(f, "row")
          + " column=" + text(f, "column"));
    }
    Document d = Sources.load(input, ReaderModelTest.optionsOf(input));
    List<String> got = CHECK.validate(List.of(d)).findings().stream()
        .map(f -> f.getRule() + " table=" + f.getTable() + " row=" + f.getRow() + " column="
            + f.getColumn())
        .toList();
    assertEquals(want, got);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "null" : v.asText();
  }

  private void extract(Path input) throws IOException {
    Document read = Sources.load(input, ReaderModelTest.optionsOf(input));
    StringWriter json = new StringWriter();
    CanonicalJson.write(read.tables(), json);
    Path extracted = tmp.resolve(input.getFileName() + ".extracted.json");
    Files.writeString(extracted, json.toString());
    Document reread = Sources.load(extracted, ReadOptions.DEFAULTS);
    assertEquals(describe(CHECK.validate(List.of(Sources.load(input,
        ReaderModelTest.optionsOf(input)))).findings()),
        describe(CHECK.validate(List.of(reread)).findings()),
        () -> "extract of " + input + ":\n" + json);
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().filter(f -> !SOURCE_ONLY.contains(f.getRule()))
        .map(f -> f.getRule() + " " + f.getSeverity().label() + " table=" + f.getTable()
            + " row=" + f.getRow() + " column=" + f.getColumn() + " expected=" + f.getExpected()
            + " actual=" + f.getActual())
        .toList();
  }
}

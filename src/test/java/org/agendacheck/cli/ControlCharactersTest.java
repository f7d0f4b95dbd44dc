package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendacheck.report.Controls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ESC sequences, BEL, NUL and a bidirectional override in labels and in the file name reach no
 * human-readable report raw; JSON and SARIF carry them exactly.
 */
class ControlCharactersTest {
  private static final Path FIXTURE = Path.of("src/test/resources/robust/control-characters.json");
  private static final String NAME = "agenda\u001b[1mvet\u0007.json";

  @TempDir
  Path dir;

  private Path input() throws Exception {
    Path p = dir.resolve(NAME);
    Files.copy(FIXTURE, p);
    return p;
  }

  private static List<Character> raw(String s) {
    List<Character> found = new ArrayList<>();
    for (char c : s.toCharArray()) {
      if (Controls.escaped(c)) {
        found.add(c);
      }
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "github", "junit", "html"})
  void humanReadableOutputsShowControlsEscaped(String format) throws Exception {
    Path out = dir.resolve("report." + format);
    Run r = Run.of("validate", "--format", format, "--output", out.toString(), input().toString());
    assertEquals(Main.FINDINGS, r.exit(), r.err());
    String report = Files.readString(out);
    assertEquals(List.of(), raw(report), format);
    assertEquals(List.of(), raw(r.err()), "stderr");
    assertTrue(report.contains("Cloud\\x00 na NUL \\u202Eesrever"), format + ": " + report);
    assertTrue(report.contains("Totaal\\x07"), format + ": " + report);
    assertTrue(report.contains("agenda\\x1B[1mvet\\x07.json"), format + ": the file name");
  }

  @Test
  void textNamesTheFileAndLabelEscaped() throws Exception {
    Run r = Run.of("validate", input().toString());
    assertEquals(List.of(), raw(r.out()));
    assertTrue(r.out().contains("Cloud\\x00 na NUL \\u202Eesrever"), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "sarif"})
  void jsonOutputsKeepTheTextExact(String format) throws Exception {
    Run r = Run.of("validate", "--format", format, input().toString());
    assertEquals(Main.FINDINGS, r.exit(), r.err());
    assertTrue(r.out().chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F),
        "escaped as JSON");
    JsonNode tree = new ObjectMapper().readTree(r.out());
    List<String> texts = new ArrayList<>();
    strings(tree, texts);
    String all = String.join("\n", texts);
    assertTrue(all.contains("Totaal\u0007"), all);
    assertTrue(all.contains("\u001b[1mvet\u0007.json") || all.contains("%1B%5B1mvet%07.json"), all);
  }

  private static void strings(JsonNode n, List<String> out) {
    if (n.isTextual()) {
      out.add(n.asText());
    }
    n.forEach(c -> strings(c, out));
  }
}

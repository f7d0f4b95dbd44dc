package org.agendacheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agendacheck.AgendaCheck;
import org.agendacheck.baseline.Baseline;
import org.agendacheck.baseline.Fingerprints;
import org.agendacheck.engine.Finding;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every rule fixture through the real engine and compares its findings with the data. */
class RuleCasesTest {
  private static final AgendaCheck CHECK = AgendaCheck.withDefaultRules();

  @TestFactory
  Stream<DynamicNode> ruleCases() {
    return RuleCases.folders().stream().map(folder -> DynamicContainer.dynamicContainer(folder,
        RuleCases.cases(folder).stream().map(c -> DynamicTest.dynamicTest(
            c.name() + ": " + c.description(), c.input().toUri(), () -> check(c)))));
  }

  private static void check(RuleCases.Case c) throws Exception {
    List<Path> inputs = c.inputs();
    List<Finding> found;
    if (c.config() != null) {
      org.agendacheck.config.Config config = org.agendacheck.config.Config.load(c.config(),
          CHECK.rules());
      found = CHECK.validatePaths(inputs, org.agendacheck.gate.GateRequest.of(inputs)
          .withConfig(config).effectiveReadOptions()).findings();
      List<Finding> configured = new ArrayList<>();
      for (Finding f : found) {
        Finding g = config.apply(f);
        if (g != null) {
          configured.add(g);
        }
      }
      found = configured;
    } else {
      found = CHECK.validatePaths(inputs).findings();
    }
    if (c.baseline() != null) {
      Path dir = c.baseline().getParent();
      found = Baseline.read(c.baseline()).apply(CHECK.rules(), found,
          Fingerprints.of(found, dir), dir).reported();
    }
    List<Finding> findings = found;
    List<String> rules = c.rules();
    List<String> actual = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (JsonNode e : c.expected().path("findings")) {
      expected.add(describe(e.path("rule").asText(), text(e, "row"), text(e, "column"),
          e.has("line") ? e.path("line").asInt() : null,
          e.has("severity") ? e.path("severity").asText() : null)
          + optional(e, "expected", text(e, "expected")) + optional(e, "actual", text(e, "actual"))
          + optional(e, "col", text(e, "col")) + optional(e, "message", text(e, "message"))
          + optional(e, "alsoAt", e.has("alsoAt") ? e.get("alsoAt").toString() : null));
    }
    List<JsonNode> exp = new ArrayList<>();
    c.expected().path("findings").forEach(exp::add);
    int i = 0;
    for (Finding f : findings) {
      if (!rules.contains(f.getRule())) {
        continue;
      }
      JsonNode e = i < exp.size() ? exp.get(i) : null;
      i++;
      actual.add(describe(f.getRule(), f.getRow(), f.getColumn(),
          e != null && e.has("line") ? Integer.valueOf(f.getLine()) : null,
          e != null && e.has("severity") ? f.getSeverity().label() : null)
          + optional(e, "expected", f.getExpected()) + optional(e, "actual", f.getActual())
          + optional(e, "col", String.valueOf(f.getCol())) + optional(e, "message", f.getMessage())
          + optional(e, "alsoAt", alsoAt(f)));
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual),
        () -> "findings of " + rules + " for " + c.input() + "; all findings:\n"
            + String.join("\n", findings.stream().map(Finding::toString).toList()));
  }

  /** The columns of a finding's further cells (one slip), as the expected JSON array. */
  private static String alsoAt(Finding f) {
    com.fasterxml.jackson.databind.node.ArrayNode a =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    f.getAlsoAt().forEach(c -> a.add(c.getRow() == null || c.getRow().getIndex() == f.getRowIndex()
        ? c.getColumn().getKey() : c.getRow().getLabel() + ", " + c.getColumn().getKey()));
    return a.toString();
  }

  /** A field compared only when the expected finding gives it. */
  private static String optional(JsonNode expected, String field, String value) {
    return expected != null && expected.has(field) ? " " + field + "=" + value : "";
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String describe(String rule, String row, String column, Integer line,
      String severity) {
    return rule + " row=" + row + " column=" + column + (line == null ? "" : " line=" + line)
        + (severity == null ? "" : " severity=" + severity);
  }
}

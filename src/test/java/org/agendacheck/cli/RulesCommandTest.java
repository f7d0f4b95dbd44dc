package org.agendacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.engine.RuleInfo;
import org.junit.jupiter.api.Test;

/** {@code agendacheck rules} in its three formats, against the catalogue's metadata. */
class RulesCommandTest {
  private static final List<RuleInfo> RULES = RuleBase.defaults().rules();

  @Test
  void textListsEveryRuleOnItsOwnLine() {
    Run r = Run.of("rules");
    assertEquals(0, r.exit());
    List<String> lines = r.outLines();
    assertEquals(RULES.size(), lines.size());
    for (int i = 0; i < RULES.size(); i++) {
      RuleInfo rule = RULES.get(i);
      String line = lines.get(i);
      assertEquals(List.of(rule.id(), rule.severity().label()),
          List.of(line.split("\\s+", 3)).subList(0, 2), line);
      assertTrue(line.endsWith(rule.description()), line);
    }
  }

  @Test
  void markdownIsATableRowPerRule() {
    Run r = Run.of("rules", "--format", "markdown");
    List<String> lines = r.outLines();
    assertEquals("| id | severity | description |", lines.get(0));
    assertEquals(RULES.size() + 2, lines.size());
    assertEquals("| `total-sum` | error | a total cell inconsistent with the sum of the item cells of"
        + " its column |", lines.stream().filter(l -> l.contains("`total-sum`")).findFirst().get());
  }

  @Test
  void jsonParsesAndListsEveryRule() throws Exception {
    Run r = Run.of("rules", "--format", "json");
    JsonNode doc = new ObjectMapper().readTree(r.out());
    List<String> ids = new ArrayList<>();
    doc.path("rules").forEach(n -> ids.add(n.path("id").asText()));
    assertEquals(RULES.stream().map(RuleInfo::id).toList(), ids);
    assertEquals("warning", doc.path("rules").get(ids.indexOf("pm-entry")).path("severity").asText());
  }
}

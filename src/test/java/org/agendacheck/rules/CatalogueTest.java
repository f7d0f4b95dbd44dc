package org.agendacheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.engine.RuleInfo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The catalogue as a whole: every rule is described and tested by fixtures, and every fixture
 * belongs to a rule.
 */
class CatalogueTest {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final RuleBase RULES = RuleBase.defaults();

  @Test
  void everyCompiledRuleHasItsOwnWellFormedId() {
    List<String> ids = new ArrayList<>();
    for (KiePackage pkg : RULES.kieBase().getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        Map<String, Object> meta = rule.getMetaData();
        assertNotNull(meta.get("id"), () -> "rule \"" + rule.getName() + "\" has no @id");
        ids.add(meta.get("id").toString().replace("\"", ""));
      }
    }
    assertFalse(ids.isEmpty(), "the default catalogue holds no rules");
    Set<String> unique = new TreeSet<>(ids);
    assertEquals(ids.size(), unique.size(), () -> "rule ids used twice in " + ids);
    for (String id : ids) {
      assertTrue(ID.matcher(id).matches(), () -> "rule id '" + id + "' is not lower-case words");
    }
    assertEquals(List.copyOf(unique), RULES.rules().stream().map(RuleInfo::id).toList());
  }

  @Test
  void everyRuleHasASeverityAndAOneLineDescription() {
    for (RuleInfo r : RULES.rules()) {
      assertNotNull(r.severity(), () -> r.id() + " has no severity");
      assertNotNull(r.description(), () -> r.id() + " has no description");
      assertFalse(r.description().isBlank(), () -> r.id() + " has a blank description");
      assertFalse(r.description().contains("\n"), () -> r.id() + "'s description is not one line");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRuleHasAPassingAndAFailingFixture() {
    // internal-error reports defects of the tool, which are fixed once an input shows one: no
    // input keeps failing the default catalogue. InternalErrorTest runs it through the engine.
    return RULES.rules().stream().filter(r -> !r.id().equals("internal-error"))
        .map(r -> DynamicTest.dynamicTest(r.id(), () -> {
      assertTrue(RuleCases.folders().contains(r.id()),
          () -> "no fixture folder src/test/resources/rules/" + r.id() + "/");
      List<RuleCases.Case> cases = RuleCases.cases(r.id());
      assertTrue(cases.stream().anyMatch(c -> !c.fails()),
          () -> r.id() + " has no passing case (one whose expected findings are empty)");
      assertTrue(cases.stream().anyMatch(c -> c.fails() && firesRule(c, r.id())),
          () -> r.id() + " has no failing case that expects a finding of " + r.id());
    }));
  }

  private static boolean firesRule(RuleCases.Case c, String id) {
    for (var f : c.expected().path("findings")) {
      if (id.equals(f.path("rule").asText())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyFixtureFolderNamesARule() {
    for (String folder : RuleCases.folders()) {
      assertNotNull(RULES.rule(folder), () -> "fixture folder " + folder + " names no rule");
    }
  }

  @Test
  void everyFixtureNamesOnlyRulesOfTheCatalogue() {
    for (String folder : RuleCases.folders()) {
      for (RuleCases.Case c : RuleCases.cases(folder)) {
        for (String id : c.rules()) {
          assertNotNull(RULES.rule(id), () -> c.input() + " names the unknown rule " + id);
        }
        for (var f : c.expected().path("findings")) {
          assertTrue(c.rules().contains(f.path("rule").asText()),
              () -> c.input() + " expects a finding of a rule it does not watch: " + f);
        }
      }
    }
  }

  @Test
  void noOrphanFixtureFiles() {
    assertEquals(List.of(), RuleCases.orphans(),
        "fixture inputs without a <case>.expected.json beside them");
  }
}

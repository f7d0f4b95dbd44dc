package org.agendacheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agendacheck.AgendaCheck;
import org.agendacheck.model.Document;
import org.agendacheck.read.Sources;
import org.junit.jupiter.api.Test;

/**
 * The catalogue the build precompiles (the executable model) must be the catalogue the DRL
 * compiles to.
 */
class PrecompiledRulesTest {
  @Test
  void precompiledCatalogueMatchesTheDrl() throws Exception {
    List<RuleSource> sources = RuleBase.defaultSources();
    RuleBase precompiled = PrecompiledRules.load(sources);
    assertNotNull(precompiled, "the build writes " + PrecompiledRules.RESOURCE);
    RuleBase compiled = RuleBase.compile(sources);
    assertEquals(compiled.rules(), precompiled.rules());
    List<Document> samples = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("samples"))) {
      files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> samples.add(Sources.load(f)));
    }
    assertFalse(samples.isEmpty());
    assertEquals(describe(new Validator(compiled).validate(samples)),
        describe(new Validator(precompiled).validate(samples)));
  }

  /**
   * Every rule fixture (each case file or case folder under {@code src/test/resources/rules/})
   * gives the same findings from the catalogue compiled to Java at build time as from the DRL
   * compiled at run time, the path user rules take.
   */
  @Test
  void everyRuleFixtureGivesTheSameFindingsBothWays() throws Exception {
    List<RuleSource> sources = RuleBase.defaultSources();
    AgendaCheck precompiled = AgendaCheck.with(PrecompiledRules.load(sources));
    AgendaCheck compiled = AgendaCheck.with(RuleBase.compile(sources));
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> rules = Files.list(Path.of("src/test/resources/rules"))) {
      for (Path rule : rules.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> entries = Files.list(rule)) {
          entries.filter(e -> {
            String n = e.getFileName().toString();
            return !n.endsWith(".expected.json") && !n.endsWith(".baseline.json");
          }).sorted().forEach(cases::add);
        }
      }
    }
    assertTrue(cases.size() > 100, "the rule fixtures are found: " + cases.size());
    for (Path c : cases) {
      assertEquals(describe(compiled.validatePaths(List.of(c)).findings()),
          describe(precompiled.validatePaths(List.of(c)).findings()), c.toString());
    }
  }

  @Test
  void otherDrlIsNotServedFromThePrecompiledCatalogue() {
    List<RuleSource> sources = new ArrayList<>(RuleBase.defaultSources());
    sources.add(RuleSource.drl("extra.drl", "extra.drl", "package org.agendacheck.rules;\n"));
    assertNull(PrecompiledRules.load(sources));
  }

  @Test
  void unusableModelClassesFallBackToTheDrl() throws Exception {
    org.kie.api.KieBase base = PrecompiledRules.network(List.of("org.agendacheck.rules.NoSuchModel"),
        RuleBase.defaultSources());
    RuleBase compiled = RuleBase.compile(RuleBase.defaultSources());
    assertEquals(ruleNames(compiled.kieBase()), ruleNames(base));
  }

  @Test
  void theRulesAreKnownBeforeTheNetworkIsBuiltAndItIsBuiltOnce() throws Exception {
    RuleBase defaults = RuleBase.defaults();
    java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.Map<String, RuleInfo> infos = new java.util.LinkedHashMap<>();
    defaults.rules().forEach(r -> infos.put(r.id(), r));
    RuleBase lazy = new RuleBase(() -> {
      builds.incrementAndGet();
      release.await();
      return defaults.kieBase();
    }, infos);
    assertEquals(defaults.rules(), lazy.rules());
    assertEquals(0, builds.get(), "asking for the rules' metadata builds nothing");
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Future<org.kie.api.KieBase> a = two.submit(lazy::kieBase);
      java.util.concurrent.Future<org.kie.api.KieBase> b = two.submit(lazy::kieBase);
      release.countDown();
      assertTrue(a.get() == defaults.kieBase() && b.get() == defaults.kieBase());
    } finally {
      two.shutdown();
    }
    assertEquals(1, builds.get(), "two callers share one build");
    RuleBase broken = new RuleBase(() -> {
      throw new IllegalStateException("the network does not build");
    }, infos);
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, broken::kieBase);
    assertEquals("the network does not build", e.getMessage());
  }

  private static List<String> ruleNames(org.kie.api.KieBase base) {
    return base.getKiePackages().stream().flatMap(p -> p.getRules().stream())
        .map(r -> r.getPackageName() + "." + r.getName()).sorted().toList();
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f + " | " + f.getRow() + " | " + f.getColumn() + " | "
        + f.getExpected() + " | " + f.getActual()).toList();
  }
}

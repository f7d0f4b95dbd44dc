package org.agendacheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agendacheck.model.Document;
import org.agendacheck.read.Sources;
import org.junit.jupiter.api.Test;

/** The catalogue the build precompiles must be the catalogue the DRL compiles to. */
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

  @Test
  void otherDrlIsNotServedFromThePrecompiledCatalogue() {
    List<RuleSource> sources = new ArrayList<>(RuleBase.defaultSources());
    sources.add(RuleSource.drl("extra.drl", "extra.drl", "package org.agendacheck.rules;\n"));
    assertNull(PrecompiledRules.load(sources));
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f + " | " + f.getRow() + " | " + f.getColumn() + " | "
        + f.getExpected() + " | " + f.getActual()).toList();
  }
}

package org.agendacheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.agendacheck.model.Document;
import org.agendacheck.read.Sources;
import org.junit.jupiter.api.Test;

/**
 * A run of many documents is split into sessions of a batch each; it must find exactly what one
 * session over all of them finds, references between batches included.
 */
class BatchedValidationTest {
  @Test
  void batchesFindWhatOneSessionFinds() {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String total = i % 50 == 7 ? "31" : "30";
      // Every tenth document republishes the first row of a document far away (another batch),
      // every fortieth with a different figure, every 45th names a document that is not there.
      String ref = i % 10 != 3 ? "" : ", \"ref\": {\"document\": \"doc-" + (i % 45 == 3 ? "missing"
          : (i + 150) % 300) + "\", \"row\": \"A\"}";
      String a = i % 40 == 3 ? "11" : "10";
      String json = "{\"id\": \"doc-" + i + "\", \"columns\": [\"2026\", \"2027\"], \"rows\": ["
          + "{\"label\": \"A\", \"values\": [" + a + ", \"PM\"]" + ref + "},"
          + "{\"label\": \"B\", \"values\": [20, 5]},"
          + "{\"label\": \"Totaal\", \"role\": \"total\", \"values\": [" + total + ", 5]}]}";
      documents.add(Sources.load("doc-" + i + ".json",
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }
    RuleBase batched = RuleBase.defaults();
    RuleBase single = new RuleBase(batched.kieBase(), ruleMap(batched));
    assertTrue(batched.isDocumentLocal());
    List<String> expected = describe(new Validator(single).validate(documents));
    List<String> actual = describe(new Validator(batched).validate(documents));
    assertTrue(expected.stream().anyMatch(f -> f.contains("reference-mismatch")), expected::toString);
    assertTrue(expected.stream().anyMatch(f -> f.contains("reference-unresolved")), expected::toString);
    assertTrue(expected.stream().anyMatch(f -> f.contains("total-sum")), expected::toString);
    assertEquals(expected, actual);
  }

  private static java.util.Map<String, RuleInfo> ruleMap(RuleBase rules) {
    java.util.Map<String, RuleInfo> map = new java.util.LinkedHashMap<>();
    rules.rules().forEach(r -> map.put(r.id(), r));
    return map;
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f + " | " + f.getRow() + " | " + f.getColumn() + " | "
        + f.getExpected() + " | " + f.getActual()).toList();
  }
}

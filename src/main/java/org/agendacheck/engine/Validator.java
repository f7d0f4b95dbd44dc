package org.agendacheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.agendacheck.model.Document;
import org.kie.api.runtime.KieSession;

/**
 * Runs a rule base over a set of documents and returns the findings the rules insert, in a
 * deterministic order: documents in the order given, then table, row, column and rule id.
 *
 * <p>A validator is immutable and may be shared across threads; each call opens its own session.
 */
public final class Validator {
  private final RuleBase rules;

  public Validator(RuleBase rules) {
    this.rules = rules;
  }

  /** The rule base this validator runs. */
  public RuleBase rules() {
    return rules;
  }

  /**
   * Validates documents together: references between them resolve.
   *
   * @return the findings, sorted
   */
  public List<Finding> validate(List<Document> documents) {
    List<Finding> found = new ArrayList<>();
    KieSession session = rules.kieBase().newKieSession();
    try {
      for (Object fact : Facts.of(documents)) {
        session.insert(fact);
      }
      session.fireAllRules();
      for (Object o : session.getObjects(o -> o instanceof Finding)) {
        found.add((Finding) o);
      }
    } finally {
      session.dispose();
    }
    Map<String, Integer> order = new java.util.HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      order.putIfAbsent(documents.get(i).source(), i);
    }
    found.sort(Comparator
        .comparingInt((Finding f) -> order.getOrDefault(f.getSource(), Integer.MAX_VALUE))
        .thenComparingInt(Finding::getTableIndex)
        .thenComparingInt(Finding::getRowIndex)
        .thenComparingInt(Finding::getColumnIndex)
        .thenComparing(Finding::getRule)
        .thenComparing(Finding::getMessage));
    return found;
  }
}

package org.agendacheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.agendacheck.model.Document;
import org.drools.core.common.InternalWorkingMemory;
import org.kie.api.runtime.KieSession;

/**
 * Runs a rule base over a set of documents and returns the findings the rules insert, in a
 * deterministic order: documents in the order given, then table, row, column and rule id; the
 * findings of one slip (rules with {@code @slip} metadata) reported as one ({@link Slips}).
 *
 * <p>A validator is immutable and may be shared across threads; each call opens its own session.
 */
public final class Validator {
  private final RuleBase rules;

  public Validator(RuleBase rules) {
    this.rules = rules;
  }

  /** How many inserted facts may wait before they are propagated. */
  private static final int FLUSH_EVERY = 4096;

  /** How many documents one session takes when a run is split. */
  private static final int BATCH = 64;

  private List<Finding> session(List<Object> facts) {
    List<Finding> found = new ArrayList<>();
    KieSession session = rules.kieBase().newKieSession();
    try {
      // An insert waits in a queue (a propagation entry and context, about 90 bytes) until the
      // rules fire; a million rows queued at once would hold some 90 MB. Flushing every few
      // thousand facts propagates them through the network (no rule fires), so the queue stays short.
      int queued = 0;
      for (Object fact : facts) {
        session.insert(fact);
        if (++queued == FLUSH_EVERY && session instanceof InternalWorkingMemory wm) {
          wm.flushPropagations();
          queued = 0;
        }
      }
      session.fireAllRules();
      Messages templates = rules.messages();
      for (Object o : session.getObjects(o -> o instanceof Finding)) {
        Finding f = (Finding) o;
        found.add(templates == Messages.builtIn() ? f : f.withMessages(templates));
      }
    } finally {
      session.dispose();
    }
    return found;
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
    List<Finding> found;
    if (rules.isDocumentLocal() && documents.size() >= 2 * BATCH) {
      // Many documents: sessions of a batch each, on every core. Only for a catalogue whose rules
      // never join facts of two documents (the default one), so batches find what one session would.
      Map<String, org.agendacheck.model.Table> byId = Facts.tablesById(documents);
      List<List<Document>> batches = new ArrayList<>();
      for (int i = 0; i < documents.size(); i += BATCH) {
        batches.add(documents.subList(i, Math.min(documents.size(), i + BATCH)));
      }
      found = batches.parallelStream().flatMap(b -> session(Facts.of(b, byId)).stream()).toList();
      found = new ArrayList<>(found);
    } else {
      found = session(Facts.of(documents));
    }
    Map<String, Integer> order = new java.util.HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      order.putIfAbsent(documents.get(i).source(), i);
    }
    found.sort(new FindingOrder(order));
    return Slips.group(found);
  }

  /**
   * Findings by document (in the order given), table, row, column, rule and message. Written out
   * rather than chained from Comparator's default methods: their lambdas are made at run time in
   * every process, a few milliseconds of a cold start.
   */
  private record FindingOrder(Map<String, Integer> documents) implements Comparator<Finding> {
    @Override
    public int compare(Finding a, Finding b) {
      int c = Integer.compare(documents.getOrDefault(a.getSource(), Integer.MAX_VALUE),
          documents.getOrDefault(b.getSource(), Integer.MAX_VALUE));
      if (c == 0) {
        c = Integer.compare(a.getTableIndex(), b.getTableIndex());
      }
      if (c == 0) {
        c = Integer.compare(a.getRowIndex(), b.getRowIndex());
      }
      if (c == 0) {
        c = Integer.compare(a.getColumnIndex(), b.getColumnIndex());
      }
      if (c == 0) {
        c = a.getRule().compareTo(b.getRule());
      }
      return c != 0 ? c : a.getMessage().compareTo(b.getMessage());
    }
  }
}

package org.agendacheck.engine;

import java.util.List;
import org.agendacheck.model.Document;

/**
 * The outcome of one validation run.
 *
 * @param findings every finding, in report order
 * @param files how many sources were validated
 * @param documents the documents validated, in the order given (empty when a caller built the
 *     result from findings alone); reports show their tables, and embedding callers may too
 */
public record ValidationResult(List<Finding> findings, int files, List<Document> documents) {
  public ValidationResult {
    findings = List.copyOf(findings);
    documents = List.copyOf(documents);
  }

  /** A result without the documents. */
  public ValidationResult(List<Finding> findings, int files) {
    this(findings, files, List.of());
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.getSeverity() == severity).count();
  }

  /** True when a finding is at the threshold or more serious; a null threshold never fails. */
  public boolean failsAt(Severity threshold) {
    return threshold != null && findings.stream().anyMatch(f -> f.getSeverity().atLeast(threshold));
  }
}

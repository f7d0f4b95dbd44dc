package org.agendacheck.engine;

import java.util.List;

/**
 * The outcome of one validation run.
 *
 * @param findings every finding, in report order
 * @param files how many sources were validated
 */
public record ValidationResult(List<Finding> findings, int files) {
  public ValidationResult {
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.getSeverity() == severity).count();
  }

  /** True when a finding is at the threshold or more serious; a null threshold never fails. */
  public boolean failsAt(Severity threshold) {
    return threshold != null && findings.stream().anyMatch(f -> f.getSeverity().atLeast(threshold));
  }
}

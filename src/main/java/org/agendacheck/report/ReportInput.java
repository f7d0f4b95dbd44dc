package org.agendacheck.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.agendacheck.baseline.Fingerprints;
import org.agendacheck.baseline.Suppressed;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Language;
import org.agendacheck.engine.RuleBase;
import org.agendacheck.engine.RuleInfo;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;

/**
 * Everything a report may show about one run.
 *
 * @param result the findings to report (after configuration and baseline), in report order
 * @param fingerprints the fingerprint of each finding of {@code result}, in the same order
 * @param suppressed the findings a baseline accepted, in report order
 * @param baselineApplied true when a baseline was given (reports then say how many it suppressed)
 * @param sources every validated source, in the order given
 * @param rules the rule catalogue the run used
 * @param failOn the severity at which the run fails, or null for none
 * @param workingDirectory the directory paths in reports are relative to
 * @param lang the language of messages and summaries
 */
public record ReportInput(ValidationResult result, List<String> fingerprints,
    List<Suppressed> suppressed, boolean baselineApplied, List<String> sources,
    List<RuleInfo> rules, Severity failOn, Path workingDirectory, Language lang) {

  public ReportInput {
    Objects.requireNonNull(result, "result");
    fingerprints = List.copyOf(fingerprints);
    if (fingerprints.size() != result.findings().size()) {
      throw new IllegalArgumentException("one fingerprint per finding");
    }
    suppressed = List.copyOf(suppressed);
    sources = List.copyOf(sources);
    rules = List.copyOf(rules);
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    lang = lang == null ? Language.EN : lang;
  }

  /** A run reported in English. */
  public ReportInput(ValidationResult result, List<String> fingerprints,
      List<Suppressed> suppressed, boolean baselineApplied, List<String> sources,
      List<RuleInfo> rules, Severity failOn, Path workingDirectory) {
    this(result, fingerprints, suppressed, baselineApplied, sources, rules, failOn,
        workingDirectory, Language.EN);
  }

  /** This input reported in another language. */
  public ReportInput in(Language other) {
    return new ReportInput(result, fingerprints, suppressed, baselineApplied, sources, rules,
        failOn, workingDirectory, other);
  }

  /**
   * A run without a baseline: the default catalogue, fail-on error, the process's working
   * directory, and the sources named by the findings.
   */
  public static ReportInput of(ValidationResult result) {
    return of(result, RuleBase.defaults().rules(), Severity.ERROR, Path.of(""));
  }

  /** A run without a baseline; the sources are those the findings name. */
  public static ReportInput of(ValidationResult result, List<RuleInfo> rules, Severity failOn,
      Path workingDirectory) {
    LinkedHashSet<String> sources = new LinkedHashSet<>();
    for (Finding f : result.findings()) {
      sources.add(f.getSource());
    }
    return new ReportInput(result, Fingerprints.of(result.findings(), workingDirectory), List.of(),
        false, new ArrayList<>(sources), rules, failOn, workingDirectory);
  }

  /** The index of a rule in {@link #rules()}, or -1. */
  public int ruleIndex(String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}

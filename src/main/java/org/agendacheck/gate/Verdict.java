package org.agendacheck.gate;

import java.nio.file.Path;
import java.util.List;
import org.agendacheck.baseline.Suppressed;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;

/**
 * The outcome of a gate run.
 *
 * @param raw every finding of the run before configuration and baseline, with the documents read
 * @param rawFingerprints the fingerprints of {@code raw}'s findings, in the same order
 * @param result the findings to report (new ones, at their configured severity, and the baseline's
 *     stale entries), with the documents read
 * @param fingerprints the fingerprints of {@code result}'s findings, in the same order
 * @param suppressed the findings the baseline accepted (rules turned off left out), in report order
 * @param baselineApplied true when a baseline was given
 * @param files the files validated, in order
 * @param failOn the severity the run fails at, or null
 * @param exitStatus {@link ExitStatus#FINDINGS} when a reported finding is at or above {@code
 *     failOn}, else {@link ExitStatus#OK}
 */
public record Verdict(ValidationResult raw, List<String> rawFingerprints, ValidationResult result,
    List<String> fingerprints, List<Suppressed> suppressed, boolean baselineApplied,
    List<Path> files, Severity failOn, int exitStatus) {
  public Verdict {
    rawFingerprints = List.copyOf(rawFingerprints);
    fingerprints = List.copyOf(fingerprints);
    suppressed = List.copyOf(suppressed);
    files = List.copyOf(files);
  }

  /** True when the run passes the gate. */
  public boolean passed() {
    return exitStatus == ExitStatus.OK;
  }
}

package org.agendacheck.baseline;

import java.util.ArrayList;
import java.util.List;
import org.agendacheck.engine.Finding;

/**
 * The findings of a run after a baseline: those it does not accept (the new ones), those it
 * accepts, and the {@code baseline-stale} findings about entries that matched nothing.
 *
 * @param kept the findings the baseline does not accept, in report order
 * @param keptFingerprints their fingerprints, in the same order
 * @param suppressed the findings the baseline accepts, in report order
 * @param stale the findings the rules gave about the baseline's entries, in entry order
 * @param staleFingerprints their fingerprints, in the same order
 */
public record BaselineOutcome(List<Finding> kept, List<String> keptFingerprints,
    List<Suppressed> suppressed, List<Finding> stale, List<String> staleFingerprints) {

  public BaselineOutcome {
    kept = List.copyOf(kept);
    keptFingerprints = List.copyOf(keptFingerprints);
    suppressed = List.copyOf(suppressed);
    stale = List.copyOf(stale);
    staleFingerprints = List.copyOf(staleFingerprints);
  }

  /** The findings to report: the new ones, then those about the baseline itself (a new list). */
  public List<Finding> reported() {
    List<Finding> out = new ArrayList<>(kept);
    out.addAll(stale);
    return out;
  }

  /** The fingerprints of {@link #reported()}, in the same order (a new list). */
  public List<String> reportedFingerprints() {
    List<String> out = new ArrayList<>(keptFingerprints);
    out.addAll(staleFingerprints);
    return out;
  }
}

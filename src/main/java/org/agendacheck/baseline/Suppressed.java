package org.agendacheck.baseline;

import org.agendacheck.engine.Finding;

/**
 * A finding a baseline entry accepts: not reported as new, shown with its justification.
 *
 * @param finding the finding
 * @param fingerprint its fingerprint
 * @param entry the baseline entry that accepts it
 */
public record Suppressed(Finding finding, String fingerprint, BaselineEntry entry) {}

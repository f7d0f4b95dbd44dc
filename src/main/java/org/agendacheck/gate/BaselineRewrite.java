package org.agendacheck.gate;

/**
 * A baseline file to write, and what went into it.
 *
 * @param text the file's content
 * @param entries how many findings it accepts
 * @param leftOut how many current findings it does not accept because no previous baseline did
 *     (new findings; 0 when new findings were asked for, or when the baseline is new)
 */
public record BaselineRewrite(String text, int entries, int leftOut) {}

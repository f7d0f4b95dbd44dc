package org.agendacheck.fuzz;

/** How long one target fuzzes under {@code JAZZER_FUZZ=1} (regression runs ignore it). */
final class Campaign {
  static final String PER_TARGET = "5m";

  private Campaign() {}
}

package org.agendacheck.engine;

import org.agendacheck.model.Location;

/**
 * A fact that is not part of a document but names a place rules can report on, such as an entry
 * of a baseline file that matches no finding. {@link Finding#at} accepts it as a subject.
 */
public interface Located {
  /** The file the place is in, as it was given. */
  String source();

  /** The table id the place names, or null. */
  String table();

  /** The row label the place names, or null. */
  String row();

  /** The column key the place names, or null. */
  String column();

  /** Where in {@link #source()} the place is. */
  Location location();
}

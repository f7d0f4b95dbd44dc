package org.agendacheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code -Dagendacheck.timing=true} (through {@code AGENDACHECK_JAVA_OPTS}): one line on stderr at
 * the end of the run with the milliseconds from the start of {@code main} at which each phase of a
 * cold start ended, so what a cold start spends can be measured on the landed code.
 */
final class Timing {
  static final boolean ON = Boolean.getBoolean("agendacheck.timing");
  private static volatile long start = System.nanoTime();
  private static final List<String> MARKS = new ArrayList<>();

  private Timing() {}

  /** Starts the clock: the first thing {@code main} does. */
  static void begin() {
    start = System.nanoTime();
  }

  /** Notes that a phase ended now; does nothing unless timing is on. */
  static void mark(String phase) {
    if (ON) {
      long ms = (System.nanoTime() - start) / 1_000_000;
      synchronized (MARKS) {
        MARKS.add(phase + " " + ms + " ms");
      }
    }
  }

  /** Prints the marks. */
  static void print(PrintWriter err) {
    if (!ON) {
      return;
    }
    synchronized (MARKS) {
      err.println("agendacheck timing, after main began: " + String.join(", ", MARKS));
    }
    err.flush();
  }
}

package org.agendacheck.gate;

/** The exit statuses of a run, the same for the command line and the library's verdict. */
public final class ExitStatus {
  /** No finding at or above the fail-on severity. */
  public static final int OK = 0;
  /** A finding at or above the fail-on severity. */
  public static final int FINDINGS = 1;
  /** The command line, a configuration, a baseline or a rule file is wrong, or no document was found. */
  public static final int USAGE = 2;
  /** The tool itself failed (a defect, not a problem of the input); the message says what broke. */
  public static final int INTERNAL = 3;

  private ExitStatus() {}
}

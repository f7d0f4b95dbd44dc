package org.agendacheck.model;

/**
 * A failure that is a defect of agendacheck, not of the input: an exception the tool's own code
 * raised while reading or checking a source. It is reported as the source's {@code internal-error}
 * finding, so that one such file never ends a run.
 */
public final class Defect {
  /** The reasons end so ("reading-defect"); the internal-error rule's templates put them in words. */
  private static final String REASON = "-defect";

  private Defect() {}

  /**
   * The problem for a failure while reading or checking ({@code during}: "reading", "checking"),
   * naming the exception and the place in agendacheck's code where it arose.
   */
  public static Problem problem(String during, Throwable t) {
    return Problem.of(during + REASON, "detail", describe(t));
  }

  /** True for a problem made by {@link #problem}. */
  public static boolean is(Problem p) {
    return p.reason().endsWith(REASON);
  }

  /**
   * True when the failure arose in agendacheck's own code (the first frame outside the JDK is
   * ours), false when a library rejected the bytes it was given (a corrupt file, not a defect).
   */
  public static boolean ours(Throwable t) {
    if (t instanceof Error) {
      return true;
    }
    for (StackTraceElement e : t.getStackTrace()) {
      String c = e.getClassName();
      if (c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.")
          || c.startsWith("sun.")) {
        continue;
      }
      return c.startsWith("org.agendacheck.");
    }
    return true;
  }

  private static String describe(Throwable t) {
    StringBuilder b = new StringBuilder(t.getClass().getName());
    if (t.getMessage() != null && !t.getMessage().isBlank()) {
      b.append(": ").append(t.getMessage().replaceAll("\\s*\\R\\s*", " ").trim());
    }
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != t) {
      b.append(", caused by ").append(root.getClass().getName());
      if (root.getMessage() != null && !root.getMessage().isBlank()) {
        b.append(": ").append(root.getMessage().replaceAll("\\s*\\R\\s*", " ").trim());
      }
    }
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().startsWith("org.agendacheck.")) {
        b.append(" at ").append(e.getClassName()).append('.').append(e.getMethodName());
        if (e.getLineNumber() > 0) {
          b.append(':').append(e.getLineNumber());
        }
        break;
      }
    }
    return b.toString();
  }
}

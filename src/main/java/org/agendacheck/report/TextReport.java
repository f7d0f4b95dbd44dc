package org.agendacheck.report;

import java.io.IOException;
import java.io.Writer;
import org.agendacheck.baseline.Suppressed;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;

/**
 * One line per finding, compiler style, then a summary line:
 *
 * <pre>
 * samples/nds.json:14:44: warning pm-entry: IT-sourcing en inkoop, 2029: PM (...) [actual PM]
 * 3 files: 0 errors, 4 warnings, 0 infos
 * </pre>
 */
public final class TextReport implements ReportWriter {
  @Override
  public void write(ValidationResult result, Writer out) throws IOException {
    for (Finding f : result.findings()) {
      out.write(line(f));
      out.write('\n');
    }
    out.write(summary(result));
    out.write('\n');
  }

  /** The findings, then those a baseline accepted with its reasons, then the summary. */
  @Override
  public void write(ReportInput in, Writer out) throws IOException {
    for (Finding f : in.result().findings()) {
      out.write(line(f));
      out.write('\n');
    }
    for (Suppressed s : in.suppressed()) {
      out.write(suppressedLine(s));
      out.write('\n');
    }
    out.write(summary(in));
    out.write('\n');
  }

  /** A finding the baseline accepted: "file:line:col: suppressed rule: ... (baseline: reason)". */
  public static String suppressedLine(Suppressed s) {
    Finding f = s.finding();
    String why = s.entry().justification();
    return oneLine(location(f) + ": suppressed " + f.getRule() + ": " + describe(f)
        + " (baseline" + (why.isEmpty() ? "" : ": " + why) + ")");
  }

  /** The summary, with how many findings the baseline suppressed when one was given. */
  public static String summary(ReportInput in) {
    String s = summary(in.result());
    return in.baselineApplied() ? s + ", " + in.suppressed().size() + " suppressed by the baseline"
        : s;
  }

  private static String location(Finding f) {
    StringBuilder b = new StringBuilder(f.getSource());
    if (f.getLocation() != null) {
      b.append(" (").append(f.getLocation()).append(')');
    } else if (f.getLine() > 0) {
      b.append(':').append(f.getLine());
      if (f.getCol() > 0) {
        b.append(':').append(f.getCol());
      }
    }
    return b.toString();
  }

  /** The finding as one line. */
  public static String line(Finding f) {
    StringBuilder b = new StringBuilder(location(f));
    b.append(": ").append(f.getSeverity().label()).append(' ').append(f.getRule()).append(": ")
        .append(describe(f));
    return oneLine(b.toString());
  }

  /** The finding without its file, severity and rule: place, message, expected and actual. */
  public static String describe(Finding f) {
    return oneLine(raw(f));
  }

  /** As {@link #describe}, with line breaks in labels and messages kept. */
  static String raw(Finding f) {
    StringBuilder b = new StringBuilder();
    String where = where(f);
    if (!where.isEmpty()) {
      b.append(where).append(": ");
    }
    b.append(f.getMessage());
    if (f.getExpected() != null || f.getActual() != null) {
      b.append(" [");
      if (f.getExpected() != null) {
        b.append("expected ").append(f.getExpected());
      }
      if (f.getActual() != null) {
        b.append(f.getExpected() != null ? ", " : "").append("actual ").append(f.getActual());
      }
      b.append(']');
    }
    return b.toString();
  }

  private static String oneLine(String s) {
    return Controls.oneLine(s);
  }

  private static String where(Finding f) {
    String row = f.getRowId() == null ? f.getRow() : "row " + f.getRowId() + " (" + f.getRow() + ")";
    if (f.getRow() != null && f.getColumn() != null) {
      return row + ", " + f.getColumn();
    }
    if (f.getRow() != null) {
      return row;
    }
    if (f.getColumn() != null) {
      return "column " + f.getColumn();
    }
    return "";
  }

  /** "3 files: 1 error, 4 warnings, 0 infos". */
  public static String summary(ValidationResult r) {
    return plural(r.files(), "file") + ": " + plural(r.count(Severity.ERROR), "error") + ", "
        + plural(r.count(Severity.WARNING), "warning") + ", " + plural(r.count(Severity.INFO), "info");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}

package org.agendacheck.report;

import java.io.IOException;
import java.io.Writer;
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

  /** The finding as one line. */
  public static String line(Finding f) {
    StringBuilder b = new StringBuilder(f.getSource());
    if (f.getLocation() != null) {
      b.append(" (").append(f.getLocation()).append(')');
    } else if (f.getLine() > 0) {
      b.append(':').append(f.getLine());
      if (f.getCol() > 0) {
        b.append(':').append(f.getCol());
      }
    }
    b.append(": ").append(f.getSeverity().label()).append(' ').append(f.getRule()).append(": ");
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
    return b.toString().replace('\n', ' ');
  }

  private static String where(Finding f) {
    if (f.getRow() != null && f.getColumn() != null) {
      return f.getRow() + ", " + f.getColumn();
    }
    if (f.getRow() != null) {
      return f.getRow();
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

package org.agendacheck.report;

import java.io.IOException;
import java.io.Writer;
import org.agendacheck.baseline.Fingerprints;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into annotations:
 *
 * <pre>
 * ::warning file=samples/nds.json,line=14,col=44,title=pm-entry%3A IT-sourcing en inkoop%2C 2029::...
 * </pre>
 *
 * <p>A finding in a workbook, Word table, HTML or PDF table names its cell in the title ({@code
 * total-sum: Totaal, 2028 (NDS!D20)}): the runner has no cell to point at, and two sheets can
 * hold the same row and column. error stays error, warning stays warning, info becomes notice. Values are escaped as the runner
 * reads them: {@code %}, CR and LF everywhere, and also {@code :} and {@code ,} in properties.
 * Findings a baseline suppressed are left out.
 */
public final class GithubReport implements ReportWriter {
  @Override
  public void write(ValidationResult result, Writer out) throws IOException {
    write(ReportInput.of(result), out);
  }

  @Override
  public void write(ReportInput in, Writer out) throws IOException {
    for (Finding f : in.result().findings()) {
      StringBuilder b = new StringBuilder("::").append(command(f.getSeverity()));
      b.append(" file=").append(property(Fingerprints.path(f.getSource(), in.workingDirectory())));
      if (f.getLine() > 0) {
        b.append(",line=").append(f.getLine());
        if (f.getCol() > 0) {
          b.append(",col=").append(f.getCol());
        }
      }
      b.append(",title=").append(property(title(f)));
      b.append("::").append(data(TextReport.raw(f)));
      out.write(b.toString());
      out.write('\n');
    }
  }

  private static String title(Finding f) {
    StringBuilder b = new StringBuilder(f.getRule());
    if (f.getRow() != null || f.getColumn() != null) {
      b.append(": ");
      if (f.getRow() != null) {
        b.append(f.getRow());
      }
      if (f.getColumn() != null) {
        b.append(f.getRow() != null ? ", " : "column ").append(f.getColumn());
      }
    }
    if (SarifReport.isCell(f.getLocation())) {
      b.append(" (").append(f.getLocation().text()).append(')');
    }
    return b.toString();
  }

  /** The command for a severity: error, warning or notice. */
  static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escapes a command's message: percent, CR and LF, and other controls made visible. */
  static String data(String s) {
    return Controls.escape(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value: as {@link #data}, and colon and comma too. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}

package org.agendacheck.report;

import java.io.IOException;
import java.io.Writer;
import org.agendacheck.baseline.Suppressed;
import java.util.Map;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Language;
import org.agendacheck.engine.Messages;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.model.Location;

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
    Language lang = in.lang();
    for (Finding f : in.result().findings()) {
      out.write(line(f, lang));
      out.write('\n');
    }
    for (Suppressed s : in.suppressed()) {
      out.write(suppressedLine(s, lang));
      out.write('\n');
    }
    out.write(summary(in));
    out.write('\n');
  }

  /** A finding the baseline accepted: "file:line:col: suppressed rule: ... (baseline: reason)". */
  public static String suppressedLine(Suppressed s) {
    return suppressedLine(s, Language.EN);
  }

  /** As {@link #suppressedLine(Suppressed)}, in a language. */
  public static String suppressedLine(Suppressed s, Language lang) {
    Finding f = s.finding();
    String why = s.entry().justification();
    Messages m = f.getMessages();
    return oneLine(location(f, lang) + ": " + m.format(lang, "report.suppressed", Map.of()) + " "
        + f.getRule() + ": " + describe(f, lang) + " (" + m.format(lang, "report.baseline", Map.of())
        + (why.isEmpty() ? "" : ": " + why) + ")");
  }

  /** The summary, with how many findings the baseline suppressed when one was given. */
  public static String summary(ReportInput in) {
    String s = summary(in.result(), in.lang());
    return in.baselineApplied() ? Messages.builtIn().format(in.lang(), "report.summary.suppressed",
        Map.of("summary", s, "suppressed", in.suppressed().size())) : s;
  }

  /** The source and where in it: "x.json:14:44", "book.xlsx (NDS!D20)", "nota.docx (tabel 1, rij 3, cel 2)". */
  static String location(Finding f, Language lang) {
    StringBuilder b = new StringBuilder(f.getSource());
    Location l = f.getLocation();
    if (l instanceof Location.TextPosition) {
      b.append(':').append(l.text());
    } else if (l.isKnown()) {
      b.append(" (").append(f.getMessages().location(lang, l)).append(')');
    }
    return b.toString();
  }

  /** The finding as one line. */
  public static String line(Finding f) {
    return line(f, Language.EN);
  }

  /** The finding as one line, in a language. */
  public static String line(Finding f, Language lang) {
    StringBuilder b = new StringBuilder(location(f, lang));
    b.append(": ").append(f.getSeverity().label()).append(' ').append(f.getRule()).append(": ")
        .append(describe(f, lang));
    return oneLine(b.toString());
  }

  /** The finding without its file, severity and rule: place, message, expected and actual. */
  public static String describe(Finding f) {
    return describe(f, Language.EN);
  }

  /** As {@link #describe(Finding)}, in a language. */
  public static String describe(Finding f, Language lang) {
    return oneLine(raw(f, lang));
  }

  /** As {@link #describe}, with line breaks in labels and messages kept. */
  static String raw(Finding f) {
    return raw(f, Language.EN);
  }

  /** As {@link #describe(Finding, Language)}, with line breaks in labels and messages kept. */
  static String raw(Finding f, Language lang) {
    Messages m = f.getMessages();
    StringBuilder b = new StringBuilder();
    String where = where(f, lang);
    if (!where.isEmpty()) {
      b.append(where).append(": ");
    }
    b.append(f.getMessage(lang));
    Object expected = f.getExpectedValue();
    Object actual = f.getActualValue();
    if (expected != null || actual != null) {
      b.append(" [");
      if (expected != null) {
        b.append(m.format(lang, "report.expected", Map.of())).append(' ')
            .append(m.value(lang, expected));
      }
      if (actual != null) {
        b.append(expected != null ? ", " : "").append(m.format(lang, "report.actual", Map.of()))
            .append(' ').append(m.value(lang, actual));
      }
      b.append(']');
    }
    return b.toString();
  }

  private static String oneLine(String s) {
    return Controls.oneLine(s);
  }

  private static String where(Finding f, Language lang) {
    Messages m = f.getMessages();
    String row = f.getRowId() == null ? f.getRow()
        : m.format(lang, "report.row-id", Map.of("id", f.getRowId(), "label", f.getRow()));
    if (f.getRow() != null && f.getColumn() != null) {
      return row + ", " + f.getColumn();
    }
    if (f.getRow() != null) {
      return row;
    }
    if (f.getColumn() != null) {
      return m.format(lang, "report.column", Map.of("column", f.getColumn()));
    }
    return "";
  }

  /** "3 files: 1 error, 4 warnings, 0 infos". */
  public static String summary(ValidationResult r) {
    return summary(r, Language.EN);
  }

  /** The summary line in a language: "3 bestanden: 1 fout, 4 waarschuwingen, 0 meldingen". */
  public static String summary(ValidationResult r, Language lang) {
    return Messages.builtIn().format(lang, "report.summary", Map.of(
        "files", plural(lang, "files", r.files()),
        "errors", plural(lang, "errors", r.count(Severity.ERROR)),
        "warnings", plural(lang, "warnings", r.count(Severity.WARNING)),
        "infos", plural(lang, "infos", r.count(Severity.INFO))));
  }

  private static String plural(Language lang, String what, long n) {
    return Messages.builtIn().format(lang, "report." + what + (n == 1 ? ".one" : ".other"),
        Map.of("n", n));
  }
}

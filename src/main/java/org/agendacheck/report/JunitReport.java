package org.agendacheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agendacheck.baseline.Suppressed;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.RuleInfo;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;

/**
 * JUnit XML as Jenkins and GitLab read it: a {@code testsuite} per validated file, a {@code
 * testcase} per rule of the catalogue, and a {@code failure} where the file has findings of that
 * rule at or above the fail-on severity, with those findings as the failure text. Findings below
 * the threshold and findings a baseline suppressed go to the test case's {@code system-out}. No
 * timings are written, so the bytes depend only on the input.
 */
public final class JunitReport implements ReportWriter {
  @Override
  public void write(ValidationResult result, Writer out) throws IOException {
    write(ReportInput.of(result), out);
  }

  @Override
  public void write(ReportInput in, Writer out) throws IOException {
    Set<String> files = new LinkedHashSet<>(in.sources());
    for (Finding f : in.result().findings()) {
      files.add(f.getSource());
    }
    for (Suppressed s : in.suppressed()) {
      files.add(s.finding().getSource());
    }
    List<String> suites = new ArrayList<>();
    int tests = 0;
    int failures = 0;
    for (String file : files) {
      StringBuilder suite = new StringBuilder();
      int suiteFailures = 0;
      for (RuleInfo rule : in.rules()) {
        List<String> failing = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Finding f : in.result().findings()) {
          if (f.getSource().equals(file) && f.getRule().equals(rule.id())) {
            (in.failOn() != null && f.getSeverity().atLeast(in.failOn()) ? failing : other)
                .add(TextReport.line(f));
          }
        }
        for (Suppressed s : in.suppressed()) {
          Finding f = s.finding();
          if (f.getSource().equals(file) && f.getRule().equals(rule.id())) {
            String why = s.entry().justification();
            other.add("suppressed by the baseline" + (why.isEmpty() ? "" : ": " + why) + ": "
                + TextReport.line(f));
          }
        }
        suite.append("    <testcase classname=\"").append(attr(file)).append("\" name=\"")
            .append(attr(rule.id())).append('"');
        if (failing.isEmpty() && other.isEmpty()) {
          suite.append("/>\n");
          continue;
        }
        suite.append(">\n");
        if (!failing.isEmpty()) {
          suiteFailures++;
          suite.append("      <failure type=\"").append(attr(rule.id())).append("\" message=\"")
              .append(attr(failing.size() + (failing.size() == 1 ? " finding" : " findings")
                  + " at or above " + in.failOn().label()))
              .append("\">").append(text(String.join("\n", failing))).append("</failure>\n");
        }
        if (!other.isEmpty()) {
          suite.append("      <system-out>").append(text(String.join("\n", other)))
              .append("</system-out>\n");
        }
        suite.append("    </testcase>\n");
      }
      tests += in.rules().size();
      failures += suiteFailures;
      suites.add("  <testsuite name=\"" + attr(file) + "\" tests=\"" + in.rules().size()
          + "\" failures=\"" + suiteFailures + "\" errors=\"0\" skipped=\"0\">\n" + suite
          + "  </testsuite>\n");
    }
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"agendacheck\" tests=\"" + tests + "\" failures=\"" + failures
        + "\" errors=\"0\">\n");
    for (String s : suites) {
      out.write(s);
    }
    out.write("</testsuites>\n");
  }

  /** Escapes element text; characters XML 1.0 cannot carry become U+FFFD. */
  static String text(String s) {
    return escape(s, false);
  }

  /** Escapes an attribute value, keeping line breaks and tabs as character references. */
  static String attr(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    s = Controls.escape(s);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\r' -> b.append("&#13;");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}

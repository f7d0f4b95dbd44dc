package org.agendacheck.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The report formats by name. */
public final class Reports {
  private static final Map<String, Supplier<ReportWriter>> FORMATS = new LinkedHashMap<>();

  static {
    FORMATS.put("text", TextReport::new);
    FORMATS.put("json", JsonReport::new);
    FORMATS.put("sarif", SarifReport::new);
    FORMATS.put("junit", JunitReport::new);
    FORMATS.put("github", GithubReport::new);
    FORMATS.put("html", org.agendacheck.report.html.HtmlReport::new);
  }

  private Reports() {}

  /** The names of the formats, in the order the usage lists them. */
  public static List<String> names() {
    return List.copyOf(FORMATS.keySet());
  }

  /** A writer for the named format, or null when there is no such format. */
  public static ReportWriter forName(String name) {
    Supplier<ReportWriter> s = FORMATS.get(name);
    return s == null ? null : s.get();
  }
}

package org.agendacheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.agendacheck.baseline.Fingerprints;
import org.agendacheck.baseline.JsonFiles;
import org.agendacheck.baseline.Suppressed;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Language;
import org.agendacheck.engine.RuleInfo;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.model.Location;

/**
 * A SARIF 2.1.0 log with one run: the rule catalogue as the driver's rules, one result per finding
 * (suppressed findings carry their baseline justification), locations relative to the working
 * directory, the cell of workbooks, Word tables, HTML and PDF tables in the message and in logical
 * locations, a region where the source has lines, and fingerprints without line numbers. The bytes depend only on the input: no
 * timestamps, no absolute paths for files under the working directory.
 */
public final class SarifReport implements ReportWriter {
  /** The schema a log names. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  /** Where the tool is described. */
  public static final String INFORMATION_URI = org.agendacheck.engine.Build.homePage();
  /** The base id relative artifact locations are resolved against: the working directory. */
  public static final String SRCROOT = "%SRCROOT%";

  @Override
  public void write(ValidationResult result, Writer out) throws IOException {
    write(ReportInput.of(result), out);
  }

  @Override
  public void write(ReportInput in, Writer out) throws IOException {
    try (JsonGenerator g = JsonFiles.generator(out)) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      writeTool(g, in);
      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      g.writeBooleanField("executionSuccessful", true);
      g.writeEndObject();
      g.writeEndArray();
      g.writeStringField("columnKind", "utf16CodeUnits");
      g.writeArrayFieldStart("results");
      List<Finding> findings = in.result().findings();
      List<Entry> all = new ArrayList<>();
      for (int i = 0; i < findings.size(); i++) {
        all.add(new Entry(findings.get(i), in.fingerprints().get(i), null));
      }
      for (Suppressed s : in.suppressed()) {
        all.add(new Entry(s.finding(), s.fingerprint(), s));
      }
      for (Entry e : all) {
        writeResult(g, in, e);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private record Entry(Finding finding, String fingerprint, Suppressed suppressed) {}

  private static void writeTool(JsonGenerator g, ReportInput in) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "agendacheck");
    g.writeStringField("version", org.agendacheck.engine.Build.version());
    g.writeStringField("informationUri", INFORMATION_URI);
    g.writeArrayFieldStart("rules");
    for (RuleInfo r : in.rules()) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("name", camel(r.id()));
      text(g, "shortDescription", r.description());
      text(g, "fullDescription", "Rule " + r.id() + " (default severity " + r.severity().label()
          + ") fires on " + r.description() + ".");
      g.writeObjectFieldStart("help");
      g.writeStringField("text", "Correct the figures in the source, or accept the finding in a "
          + "baseline with a reason, or change the rule's severity in agendacheck.json.");
      g.writeEndObject();
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", level(r.severity()));
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The physical location of a further cell of a finding, in the finding's file. */
  private static void physical(JsonGenerator g, ReportInput in, Finding f,
      org.agendacheck.model.Location at) throws IOException {
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", Fingerprints.uri(f.getSource(), in.workingDirectory()));
    if (Fingerprints.isRelative(f.getSource(), in.workingDirectory())) {
      g.writeStringField("uriBaseId", SRCROOT);
    }
    g.writeEndObject();
    if (at.line() > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", at.line());
      if (at.col() > 0) {
        g.writeNumberField("startColumn", at.col());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeResult(JsonGenerator g, ReportInput in, Entry e) throws IOException {
    Finding f = e.finding();
    g.writeStartObject();
    g.writeStringField("ruleId", f.getRule());
    int index = in.ruleIndex(f.getRule());
    if (index >= 0) {
      g.writeNumberField("ruleIndex", index);
    }
    g.writeStringField("level", level(f.getSeverity()));
    text(g, "message", message(f, in.lang()));
    g.writeArrayFieldStart("locations");
    writeLocation(g, in, f.getSource(), f.getLocation(), f.getTable(), f.getRow(), f.getColumn());
    // one slip, several cells: every cell is a location of the one result
    for (org.agendacheck.model.Cell c : f.getAlsoAt()) {
      writeLocation(g, in, f.getSource(), c.getLocation(), f.getTable(),
          c.getRow() == null ? f.getRow() : c.getRow().getLabel(), c.getColumn().getKey());
    }
    g.writeEndArray();
    if (!f.getCells().isEmpty()) {
      // the cells that took part: the items of a sum, the cells a formula leaves out, the
      // referenced cell
      g.writeArrayFieldStart("relatedLocations");
      int id = 1;
      for (org.agendacheck.model.Cell c : f.getCells()) {
        g.writeStartObject();
        g.writeNumberField("id", id++);
        boolean sameFile = c.getRow() == null || c.getRow().getTable().getDocument() == null
            || f.getSource().equals(c.getRow().getTable().getDocument().source());
        if (sameFile) {
          physical(g, in, f, c.getLocation());
        }
        text(g, "message", (c.getRow() == null ? "" : c.getRow().getLabel() + ", "
            + c.getColumn().getKey() + ": ") + c.display()
            + (c.getLocation().isKnown() ? " (" + c.getLocation().text() + ")" : ""));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(Fingerprints.KEY, e.fingerprint());
    g.writeEndObject();
    if (e.suppressed() != null) {
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", "external");
      g.writeStringField("status", "accepted");
      String why = e.suppressed().entry().justification();
      g.writeStringField("justification", why.isEmpty() ? "accepted in the baseline" : why);
      if (e.suppressed().entry().owner() != null) {
        g.writeObjectFieldStart("properties");
        g.writeStringField("owner", e.suppressed().entry().owner());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndArray();
    }
    if (f.getExpected() != null || f.getActual() != null) {
      g.writeObjectFieldStart("properties");
      if (f.getExpected() != null) {
        g.writeStringField("expected", f.getExpected());
      }
      if (f.getActual() != null) {
        g.writeStringField("actual", f.getActual());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * The message of a result: the finding as the text report describes it, after the cell where the
   * source has cells and no lines ("NDS!D20: Totaal, 2028: ..."), so that findings of one file
   * about the same row and column of two sheets or tables can be told apart.
   */
  static String message(Finding f, Language lang) {
    String d = TextReport.describe(f, lang);
    return isCell(f.getLocation()) ? f.getMessages().location(lang, f.getLocation()) + ": " + d : d;
  }

  /** True for a place that is a cell of a sheet, table or page rather than a line of text. */
  static boolean isCell(Location l) {
    return l.isKnown() && !(l instanceof Location.TextPosition);
  }

  /**
   * One SARIF location object: the file, a region where the source has lines (text formats, the
   * tag of an HTML cell), and logical locations: the cell as the source names it ({@code
   * NDS!D20}, {@code table 1, row 13, cell 5}, a page and box) where it has one, then the table, row
   * and column. Used for a result's own location and for the other cells that took part.
   */
  static void writeLocation(JsonGenerator g, ReportInput in, String source, Location where,
      String table, String row, String column) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", Fingerprints.uri(source, in.workingDirectory()));
    if (Fingerprints.isRelative(source, in.workingDirectory())) {
      g.writeStringField("uriBaseId", SRCROOT);
    }
    g.writeEndObject();
    if (where.line() > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", where.line());
      if (where.col() > 0) {
        g.writeNumberField("startColumn", where.col());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    boolean cell = isCell(where);
    if (cell || table != null) {
      g.writeArrayFieldStart("logicalLocations");
      if (cell) {
        writeCell(g, where);
      }
      if (table != null) {
        writeTablePlace(g, table, row, column, cell ? where.text() : null);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeCell(JsonGenerator g, Location where) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", where.text());
    g.writeStringField("fullyQualifiedName", where.text());
    g.writeStringField("kind", "element");
    g.writeObjectFieldStart("properties");
    if (where instanceof Location.SheetCell c) {
      g.writeStringField("sheet", c.sheet());
      g.writeStringField("cell", c.a1());
    } else if (where instanceof Location.TableCell c) {
      g.writeNumberField("table", c.table());
      g.writeNumberField("row", c.row());
      if (c.cell() > 0) {
        g.writeNumberField("cell", c.cell());
      }
    } else if (where instanceof Location.PageBox b) {
      g.writeNumberField("page", b.page());
      g.writeNumberField("x", b.x());
      g.writeNumberField("y", b.y());
      g.writeNumberField("width", b.width());
      g.writeNumberField("height", b.height());
    } else if (where instanceof Location.HtmlElement e) {
      g.writeStringField("element", e.path());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeTablePlace(JsonGenerator g, String table, String row, String column,
      String cell) throws IOException {
    g.writeStartObject();
    List<String> path = new ArrayList<>();
    path.add(table);
    String kind = "module";
    String name = table;
    if (row != null) {
      path.add(row);
      name = row;
      kind = "object";
    }
    if (column != null) {
      path.add(column);
      name = column;
      kind = row != null ? "value" : "array";
    }
    g.writeStringField("name", name);
    g.writeStringField("fullyQualifiedName", String.join(" / ", path));
    g.writeStringField("kind", kind);
    g.writeObjectFieldStart("properties");
    g.writeStringField("document", table);
    g.writeStringField("row", row);
    g.writeStringField("column", column);
    if (cell != null) {
      g.writeStringField("cell", cell);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  /** The SARIF level of a severity: error, warning, note. */
  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String camel(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }
}

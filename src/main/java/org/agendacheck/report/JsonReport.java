package org.agendacheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;

/** The JSON report: {@code {"findings": [...], "summary": {...}}}, fields in a fixed order. */
public final class JsonReport implements ReportWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(ValidationResult result, Writer out) throws IOException {
    write(result, -1, out);
  }

  /** As without a baseline; with one, the summary also counts the suppressed findings. */
  @Override
  public void write(ReportInput in, Writer out) throws IOException {
    write(in.result(), in.baselineApplied() ? in.suppressed().size() : -1, out);
  }

  private static void write(ValidationResult result, int suppressed, Writer out)
      throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pp);
      g.writeStartObject();
      g.writeArrayFieldStart("findings");
      for (Finding f : result.findings()) {
        g.writeStartObject();
        g.writeStringField("file", f.getSource());
        g.writeStringField("rule", f.getRule());
        g.writeStringField("severity", f.getSeverity().label());
        g.writeStringField("row", f.getRow());
        g.writeStringField("column", f.getColumn());
        g.writeStringField("message", f.getMessage());
        if (f.getExpected() != null) {
          g.writeStringField("expected", f.getExpected());
        }
        if (f.getActual() != null) {
          g.writeStringField("actual", f.getActual());
        }
        if (f.getLocation().isKnown()
            && !(f.getLocation() instanceof org.agendacheck.model.Location.TextPosition)) {
          g.writeStringField("location", f.getLocation().text());
        }
        if (f.getLine() > 0) {
          g.writeNumberField("line", f.getLine());
          if (f.getCol() > 0) {
            g.writeNumberField("col", f.getCol());
          }
        }
        if (!f.getAlsoAt().isEmpty()) {
          // one slip in several cells: the further cells, after the finding's own
          g.writeArrayFieldStart("alsoAt");
          for (org.agendacheck.model.Cell c : f.getAlsoAt()) {
            g.writeStartObject();
            if (c.getRow() != null && c.getRow().getIndex() != f.getRowIndex()) {
              // a cell of another row the slip breaks (the total over a wrong subtotal)
              g.writeStringField("row", c.getRow().getLabel());
            }
            g.writeStringField("column", c.getColumn().getKey());
            org.agendacheck.model.Location at = c.getLocation();
            if (at.isKnown() && !(at instanceof org.agendacheck.model.Location.TextPosition)) {
              g.writeStringField("location", at.text());
            }
            if (at.line() > 0) {
              g.writeNumberField("line", at.line());
              if (at.col() > 0) {
                g.writeNumberField("col", at.col());
              }
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        if (!f.getConsequences().isEmpty()) {
          // what the slip makes wrong, each finding as its rule gave it
          g.writeArrayFieldStart("consequences");
          for (Finding c : f.getConsequences()) {
            g.writeStartObject();
            g.writeStringField("rule", c.getRule());
            g.writeStringField("severity", c.getSeverity().label());
            g.writeStringField("row", c.getRow());
            g.writeStringField("column", c.getColumn());
            g.writeStringField("message", c.getMessage());
            if (c.getExpected() != null) {
              g.writeStringField("expected", c.getExpected());
            }
            if (c.getActual() != null) {
              g.writeStringField("actual", c.getActual());
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("files", result.files());
      g.writeNumberField("errors", result.count(Severity.ERROR));
      g.writeNumberField("warnings", result.count(Severity.WARNING));
      g.writeNumberField("infos", result.count(Severity.INFO));
      if (suppressed >= 0) {
        g.writeNumberField("suppressed", suppressed);
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }
}

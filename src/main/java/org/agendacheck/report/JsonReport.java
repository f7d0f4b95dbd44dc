package org.agendacheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agendacheck.engine.Finding;
import org.agendacheck.engine.Language;
import org.agendacheck.engine.Messages;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Location;

/** The JSON report: {@code {"findings": [...], "summary": {...}}}, fields in a fixed order. */
public final class JsonReport implements ReportWriter {
  private static final JsonFactory FACTORY = new JsonFactory();
  /**
   * The cells listed per finding: a total over a million items names its first 50 and says how
   * many took part (the library's {@code Finding.getCells()} has them all).
   */
  static final int MAX_CELLS = 50;

  @Override
  public void write(ValidationResult result, Writer out) throws IOException {
    write(result, -1, null, Language.EN, out);
  }

  /**
   * As without a baseline, in the run's language, with each finding's fingerprint; with a
   * baseline, the summary also counts the suppressed findings.
   */
  @Override
  public void write(ReportInput in, Writer out) throws IOException {
    write(in.result(), in.baselineApplied() ? in.suppressed().size() : -1, in.fingerprints(),
        in.lang(), out);
  }

  private static void write(ValidationResult result, int suppressed, List<String> fingerprints,
      Language lang, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pp);
      g.writeStartObject();
      g.writeArrayFieldStart("findings");
      for (int i = 0; i < result.findings().size(); i++) {
        Finding f = result.findings().get(i);
        g.writeStartObject();
        g.writeStringField("file", f.getSource());
        g.writeStringField("rule", f.getRule());
        g.writeStringField("severity", f.getSeverity().label());
        g.writeStringField("row", f.getRow());
        g.writeStringField("column", f.getColumn());
        g.writeStringField("message", f.getMessage(lang));
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
            place(g, c.getLocation());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeStringField("subject", f.getSubject().name().toLowerCase(Locale.ROOT));
        if (f.getTemplateKey() != null) {
          g.writeStringField("messageKey", f.getTemplateKey());
          g.writeObjectFieldStart("arguments");
          for (Map.Entry<String, Object> a : f.getArgs().entrySet()) {
            g.writeFieldName(a.getKey());
            argument(g, f.getMessages(), lang, a.getValue());
          }
          g.writeEndObject();
        }
        if (!f.getCells().isEmpty()) {
          // the cells that took part: the items of a sum, the terms of a formula, the twin row
          g.writeArrayFieldStart("cells");
          List<Cell> cells = f.getCells();
          for (Cell c : cells.subList(0, Math.min(cells.size(), MAX_CELLS))) {
            cell(g, c);
          }
          g.writeEndArray();
          if (cells.size() > MAX_CELLS) {
            g.writeNumberField("cellCount", cells.size());
          }
        }
        if (fingerprints != null) {
          g.writeStringField("fingerprint", fingerprints.get(i));
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
            g.writeStringField("message", c.getMessage(lang));
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

  /**
   * A message argument as data: an amount as an exact JSON number, a count as a number, a cell as
   * an object (its kind, amount or text, row, column and place), a place as its text; phrases and
   * lists in words of the report's language.
   */
  private static void argument(JsonGenerator g, Messages messages, Language lang, Object v)
      throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(plain(d));
    } else if (v instanceof Integer || v instanceof Long) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Cell c) {
      cell(g, c);
    } else if (v instanceof Location l) {
      g.writeString(messages.location(lang, l));
    } else {
      g.writeString(messages.value(lang, v));
    }
  }

  /** A cell: its kind, its amount (exact) or text, its row and column, and where it is. */
  private static void cell(JsonGenerator g, Cell c) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", c.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (c.isNumber()) {
      g.writeFieldName("amount");
      g.writeNumber(plain(c.getAmount()));
    } else if (c.getText() != null && !c.getText().isEmpty()) {
      g.writeStringField("text", c.getText());
    }
    if (c.getRow() != null) {
      g.writeStringField("row", c.getRow().getLabel().trim());
    }
    if (c.getColumn() != null) {
      g.writeStringField("column", c.getColumn().getKey());
    }
    place(g, c.getLocation());
    g.writeEndObject();
  }

  /** Where a cell is: {@code location} for a source that is not plain lines, then line and column. */
  private static void place(JsonGenerator g, Location at) throws IOException {
    if (at.isKnown() && !(at instanceof Location.TextPosition)) {
      g.writeStringField("location", at.text());
    }
    if (at.line() > 0) {
      g.writeNumberField("line", at.line());
      if (at.col() > 0) {
        g.writeNumberField("col", at.col());
      }
    }
  }

  /** The exact digits of an amount, never in exponent notation. */
  private static String plain(BigDecimal d) {
    return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
  }
}

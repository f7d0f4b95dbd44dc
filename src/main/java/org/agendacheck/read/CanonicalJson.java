package org.agendacheck.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Column;
import org.agendacheck.model.ColumnKind;
import org.agendacheck.model.Row;
import org.agendacheck.model.RowRole;
import org.agendacheck.model.Table;

/**
 * Writes tables in the JSON agenda format, as the JSON reader reads them back: what a reader
 * understood of a document, in the one format every reader's model can be shown in.
 *
 * <p>Amounts are written as exact plain decimals; PM as {@code "PM"}, nil as {@code "-"}, blank as
 * {@code null}, an unreadable value as its text. One table is written as an object, several as an
 * array of objects.
 */
public final class CanonicalJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CanonicalJson() {}

  /** Writes the tables, fields in a fixed order, ending with a newline. */
  public static void write(List<Table> tables, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      if (tables.size() != 1) {
        g.writeStartArray();
      }
      for (Table t : tables) {
        table(g, t);
      }
      if (tables.size() != 1) {
        g.writeEndArray();
      }
    }
    out.write('\n');
  }

  private static void table(JsonGenerator g, Table t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.getId());
    optional(g, "title", t.getTitle());
    optional(g, "unit", t.getUnit());
    if (t.isRoundingDeclared()) {
      g.writeObjectFieldStart("rounding");
      g.writeStringField("mode", t.getRounding().mode().contractName());
      if (t.getRounding().isDeclared()) {
        g.writeFieldName("step");
        g.writeNumber(t.getRounding().step().toPlainString());
      }
      if (t.getRounding().exactTotals()) {
        g.writeStringField("totals", "exact");
      }
      g.writeEndObject();
    }
    optional(g, "roundingSource", t.getRoundingSource());
    if (!t.getDeclaredReferences().isEmpty()) {
      g.writeArrayFieldStart("references");
      for (org.agendacheck.model.RefDeclaration d : t.getDeclaredReferences()) {
        g.writeStartObject();
        optional(g, "row", d.row());
        g.writeObjectFieldStart("ref");
        g.writeStringField("document", d.target().document());
        optional(g, "row", d.target().row());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (t.getReading() != null) {
      org.agendacheck.model.TableReading r = t.getReading();
      g.writeObjectFieldStart("reading");
      g.writeStringField("method", r.method());
      g.writeNumberField("rows", r.rows());
      g.writeNumberField("completeRows", r.completeRows());
      g.writeNumberField("values", r.values());
      g.writeNumberField("alignedValues", r.alignedValues());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("columns");
    for (Column c : t.getColumns()) {
      column(g, c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rows");
    for (Row r : t.getRows()) {
      // One row per line keeps the written file readable and its line numbers meaningful.
      java.io.StringWriter line = new java.io.StringWriter();
      try (JsonGenerator rg = FACTORY.createGenerator(line)) {
        row(rg, r);
      }
      g.writeRawValue(line.toString());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void column(JsonGenerator g, Column c) throws IOException {
    boolean plain = Column.classify(c.getKey()).getKind() == c.getKind() && c.getFormula() == null;
    if (plain) {
      g.writeString(c.getKey());
      return;
    }
    g.writeStartObject();
    g.writeStringField("key", c.getKey());
    g.writeStringField("role", switch (c.getKind()) {
      case YEAR -> "year";
      case STRUCTURAL -> "structural";
      case AMOUNT -> "amount";
      case TOTAL -> "total";
      case OTHER -> "text";
    });
    optional(g, "formula", c.getKind() == ColumnKind.TOTAL ? c.getFormula() : null);
    g.writeEndObject();
  }

  private static void row(JsonGenerator g, Row r) throws IOException {
    g.writeStartObject();
    // A formula printed in the label is written back into it, so that reading the extract reads
    // it as printed (a label's formula that names its own row means the rows above it).
    boolean printed = r.getFormula() != null && r.getFormula().inLabel() && r.getId() != null;
    optional(g, "id", printed ? null : r.getId());
    optional(g, "section", r.getSection());
    g.writeStringField("label", printed ? r.getId() + " " + r.getLabel() + " (= "
        + String.join("; = ", r.getFormulas().stream().map(f -> f.text()).toList()) + ")"
        : r.getLabel());
    if (r.getRole() != RowRole.ITEM || r.isFormulaItem()) {
      g.writeStringField("role", r.getRole().contractName());
    }
    if (r.getFormulas().size() > 1 && !printed) {
      g.writeArrayFieldStart("formula");
      for (org.agendacheck.model.Formula f : r.getFormulas()) {
        g.writeString(f.text());
      }
      g.writeEndArray();
    } else {
      optional(g, "formula", r.getFormula() == null || printed ? null : r.getFormula().text());
    }
    if (r.getRef() != null) {
      g.writeObjectFieldStart("ref");
      g.writeStringField("document", r.getRef().document());
      g.writeStringField("row", r.getRef().row());
      g.writeEndObject();
    }
    if (!r.getNotes().isEmpty()) {
      g.writeArrayFieldStart("notes");
      for (String n : r.getNotes()) {
        g.writeString(n);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("values");
    for (Cell c : r.getCells()) {
      switch (c.getKind()) {
        case NUMBER -> g.writeNumber(c.getAmount().toPlainString());
        case PM -> g.writeString("PM");
        case NIL -> g.writeString("-");
        case BLANK -> g.writeNull();
        case INVALID -> g.writeString(c.getText() == null ? "" : c.getText());
        case NOT_APPLICABLE -> g.writeString(AmountText.isNotApplicable(c.getText())
            ? c.getText().trim() : "n.a.");
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }
}

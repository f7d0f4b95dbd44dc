package org.agendacheck.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Column;
import org.agendacheck.model.Document;
import org.agendacheck.model.Problem;
import org.agendacheck.model.Ref;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.RoundingMode;
import org.agendacheck.model.Row;
import org.agendacheck.model.RowRole;
import org.agendacheck.model.Table;

/**
 * Reads the JSON agenda format, recording the line and column of every row and value.
 *
 * <p>It streams with Jackson's parser instead of binding to a tree so that positions survive and a
 * large file is read in one pass.
 */
public final class JsonAgendaReader implements AgendaReader {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(200).build())
      .build();

  @Override
  public Document read(String source, String defaultId, InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      Table table = new Parse(p, defaultId).document();
      return Document.of(source, table);
    } catch (Invalid e) {
      return Document.unreadable(source, new Problem(e.getMessage(), e.line, e.col));
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String msg = "not valid JSON: " + oneLine(e.getOriginalMessage());
      return Document.unreadable(source, new Problem(msg,
          loc == null ? 0 : Math.max(loc.getLineNr(), 0),
          loc == null ? 0 : Math.max(loc.getColumnNr(), 0)));
    }
  }

  /** Classifies a JSON string value in an amount position. */
  static CellKind kindOfText(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return CellKind.BLANK;
    }
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "pm", "p.m." -> CellKind.PM;
      case "-", "\u2013", "\u2014" -> CellKind.NIL;
      default -> CellKind.INVALID;
    };
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    return s.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  /** A structural problem, with where it is. */
  private static final class Invalid extends IOException {
    final int line;
    final int col;

    Invalid(String message, JsonLocation at) {
      super(message);
      this.line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      this.col = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    }
  }

  private static final class Parse {
    private final JsonParser p;
    private final String defaultId;

    Parse(JsonParser p, String defaultId) {
      this.p = p;
      this.defaultId = defaultId;
    }

    private Invalid invalid(String message) {
      return new Invalid(message, p.currentTokenLocation());
    }

    Table document() throws IOException {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw invalid("the file is empty; an agenda is a JSON object with columns and rows");
      }
      if (first != JsonToken.START_OBJECT) {
        throw invalid("an agenda is a JSON object with columns and rows, found " + describe(first));
      }
      String id = defaultId;
      String title = null;
      String unit = null;
      Rounding rounding = null;
      List<Column> columns = null;
      List<Row> rows = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id" -> id = text("id");
          case "title" -> title = optionalText("title");
          case "unit" -> unit = optionalText("unit");
          case "rounding" -> rounding = rounding();
          case "columns" -> columns = columns();
          case "rows" -> rows = rows();
          default -> p.skipChildren();
        }
      }
      if (columns == null) {
        throw invalid("the agenda has no \"columns\" array");
      }
      if (rows == null) {
        throw invalid("the agenda has no \"rows\" array");
      }
      return new Table(id, title, unit, rounding, columns, rows);
    }

    private String text(String field) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw invalid("\"" + field + "\" must be a string, found " + describe(p.currentToken()));
      }
      return p.getText();
    }

    private String optionalText(String field) throws IOException {
      return p.currentToken() == JsonToken.VALUE_NULL ? null : text(field);
    }

    private Rounding rounding() throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return Rounding.NONE;
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw invalid("\"rounding\" must be an object like {\"step\": 5, \"mode\": \"up\"}");
      }
      JsonLocation at = p.currentTokenLocation();
      BigDecimal step = null;
      RoundingMode mode = RoundingMode.NONE;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        switch (field) {
          case "step" -> {
            if (!v.isNumeric()) {
              throw invalid("\"rounding.step\" must be a number, found " + describe(v));
            }
            step = p.getDecimalValue();
            if (step.signum() <= 0) {
              throw invalid("\"rounding.step\" must be positive, found " + step.toPlainString());
            }
          }
          case "mode" -> {
            mode = RoundingMode.parse(text("rounding.mode"));
            if (mode == null) {
              throw invalid("\"rounding.mode\" must be up, down, nearest or none, found \""
                  + p.getText() + "\"");
            }
          }
          default -> p.skipChildren();
        }
      }
      if (mode == RoundingMode.NONE) {
        return Rounding.NONE;
      }
      if (step == null) {
        throw new Invalid("\"rounding\" with mode " + mode.contractName() + " needs a \"step\"", at);
      }
      return new Rounding(mode, step);
    }

    private List<Column> columns() throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw invalid("\"columns\" must be an array of strings, found " + describe(p.currentToken()));
      }
      List<Column> out = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        out.add(Column.classify(text("columns[" + out.size() + "]")));
      }
      return out;
    }

    private List<Row> rows() throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw invalid("\"rows\" must be an array of objects, found " + describe(p.currentToken()));
      }
      List<Row> out = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        out.add(row(out.size() + 1));
      }
      return out;
    }

    private Row row(int n) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw invalid("row " + n + " must be an object, found " + describe(p.currentToken()));
      }
      JsonLocation at = p.currentTokenLocation();
      String label = null;
      String section = null;
      RowRole role = RowRole.ITEM;
      List<Cell> values = null;
      Ref ref = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "label" -> label = text("rows[" + n + "].label");
          case "section" -> section = optionalText("rows[" + n + "].section");
          case "role" -> {
            String name = text("rows[" + n + "].role");
            role = RowRole.parse(name);
            if (role == null) {
              throw invalid("row " + n + ": \"role\" must be item, subtotal or total, found \""
                  + name + "\"");
            }
          }
          case "values" -> values = values(n);
          case "ref" -> ref = ref(n);
          default -> p.skipChildren();
        }
      }
      if (label == null) {
        throw new Invalid("row " + n + " has no \"label\"", at);
      }
      if (values == null) {
        throw new Invalid("row " + n + " (" + label + ") has no \"values\" array", at);
      }
      return new Row(label, section, role, values, ref,
          Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
    }

    private List<Cell> values(int n) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw invalid("row " + n + ": \"values\" must be an array, found "
            + describe(p.currentToken()));
      }
      List<Cell> out = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        JsonLocation loc = p.currentTokenLocation();
        int line = Math.max(loc.getLineNr(), 0);
        int col = Math.max(loc.getColumnNr(), 0);
        switch (t) {
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
              out.add(Cell.number(p.getDecimalValue(), p.getText(), line, col));
          case VALUE_STRING -> out.add(Cell.of(kindOfText(p.getText()), p.getText(), line, col));
          case VALUE_NULL -> out.add(Cell.of(CellKind.BLANK, "", line, col));
          case START_OBJECT, START_ARRAY -> {
            p.skipChildren();
            out.add(Cell.of(CellKind.INVALID, t == JsonToken.START_OBJECT ? "{...}" : "[...]",
                line, col));
          }
          default -> out.add(Cell.of(CellKind.INVALID, p.getText(), line, col));
        }
      }
      return out;
    }

    private Ref ref(int n) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw invalid("row " + n + ": \"ref\" must be an object like {\"document\": ID, \"row\": LABEL}");
      }
      JsonLocation at = p.currentTokenLocation();
      String document = null;
      String row = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "document" -> document = text("rows[" + n + "].ref.document");
          case "row" -> row = text("rows[" + n + "].ref.row");
          default -> p.skipChildren();
        }
      }
      if (document == null || row == null) {
        throw new Invalid("row " + n + ": \"ref\" needs both \"document\" and \"row\"", at);
      }
      return new Ref(document, row);
    }

    private static String describe(JsonToken t) {
      if (t == null) {
        return "the end of the file";
      }
      return switch (t) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "a string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case VALUE_NULL -> "null";
        default -> t.asString() == null ? t.name() : t.asString();
      };
    }
  }
}

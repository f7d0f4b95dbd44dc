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
import org.agendacheck.model.Formula;
import org.agendacheck.model.LabelFormula;
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
  private static final int MAX_DIGITS = 100;
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(200).build())
      // Two "values" in one row would be two tables to two readers: refused, not last-one-wins.
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** Reads an agenda's {@code references} as a tree; made when the first agenda has them. */
  private static final class Tree {
    static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
        new com.fasterxml.jackson.databind.ObjectMapper();
  }

  /**
   * Reads a JSON agenda. Of the options only the default rounding applies, to a table that
   * declares none: JSON carries exact numbers and its own metadata.
   */
  @Override
  public Document read(String source, String defaultId, InputStream in, ReadOptions options)
      throws IOException {
    // the parser would count the mark's bytes as columns of the first line, and take a file of
    // nothing else for broken UTF-8 rather than empty
    try (JsonParser p = FACTORY.createParser(ByteOrderMark.skipped(in))) {
      Parse parse = new Parse(p, defaultId, options);
      List<Table> tables = parse.document();
      return new Document(source, tables, parse.problems);
    } catch (Invalid e) {
      return Document.unreadable(source, Problem.at("json-structure", e.line, e.col,
          "detail", e.getMessage(), "line", e.line, "col", e.col));
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      java.util.regex.Matcher dup = java.util.regex.Pattern
          .compile("^Duplicate (?:Object property|field) [\"'](.*?)[\"']( |$)")
          .matcher(oneLine(e.getOriginalMessage()));
      if (dup.find()) {
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int col = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        return Document.unreadable(source, Problem.at("json-duplicate-key", line, col,
            "key", dup.group(1), "line", line, "col", col));
      }
      String msg = oneLine(e.getOriginalMessage())
          .replaceAll("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
      int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
      int col = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
      return Document.unreadable(source, Problem.at("json-invalid", line, col,
          "detail", msg, "line", line, "col", col));
    }
  }


  /**
   * True for at most 100 digits before and after the point. An exponent like 1e999999999 is a
   * valid JSON number, but no budget amount, and exact arithmetic on it would not finish.
   */
  static boolean inRange(BigDecimal d) {
    return d.scale() <= MAX_DIGITS && d.precision() - d.scale() <= MAX_DIGITS;
  }

  /** Classifies a JSON string value in an amount position. */
  static CellKind kindOfText(String text) {
    // Only JSON null is blank: the contract makes every other string that is not PM or nil invalid.
    String t = text.trim();
    if (AmountText.isNotApplicable(t)) {
      return CellKind.NOT_APPLICABLE;
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
    private final ReadOptions options;
    /** Problems that leave the rest of the document readable (a formula that cannot be read). */
    private final List<Problem> problems = new ArrayList<>();
    /** One string per section name: a large table repeats a few names on every row. */
    private final java.util.Map<String, String> sections = new java.util.HashMap<>();

    Parse(JsonParser p, String defaultId, ReadOptions options) {
      this.p = p;
      this.defaultId = defaultId;
      this.options = options;
    }

    private Invalid invalid(String message) {
      return new Invalid(message, p.currentTokenLocation());
    }

    /** One agenda object, or an array of them (a document holding several tables). */
    List<Table> document() throws IOException {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw invalid("the file is empty; an agenda is a JSON object with columns and rows");
      }
      List<Table> tables = new ArrayList<>();
      if (first == JsonToken.START_ARRAY) {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t != JsonToken.START_OBJECT) {
            throw invalid("an array of agendas holds JSON objects with columns and rows, found "
                + describe(t));
          }
          tables.add(table(tables.isEmpty() ? defaultId : defaultId + "-" + (tables.size() + 1)));
        }
        if (tables.isEmpty()) {
          throw invalid("the array holds no agenda");
        }
      } else if (first == JsonToken.START_OBJECT) {
        tables.add(table(defaultId));
      } else {
        throw invalid("an agenda is a JSON object with columns and rows, found " + describe(first));
      }
      JsonToken after = p.nextToken();
      if (after != null) {
        throw invalid("the agenda is followed by " + describe(after)
            + "; a file holds one agenda, or one array of agendas");
      }
      return tables;
    }

    private Table table(String defaultTableId) throws IOException {
      String id = defaultTableId;
      String title = null;
      String unit = null;
      Rounding rounding = null;
      String roundingSource = null;
      org.agendacheck.model.TableReading reading = null;
      List<Column> columns = null;
      List<Row> rows = null;
      List<org.agendacheck.model.RefDeclaration> references = List.of();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "references" -> references = references();
          case "id" -> id = text("id");
          case "title" -> title = optionalText("title");
          case "unit" -> unit = optionalText("unit");
          case "rounding" -> rounding = rounding();
          case "roundingSource" -> roundingSource = optionalText("roundingSource");
          case "reading" -> reading = reading();
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
      if (rounding == null && options.defaultRounding() != null) {
        rounding = options.defaultRounding();
        roundingSource = options.defaultRoundingSource();
      }
      Table table = new Table(id, title, unit, rounding, roundingSource, columns, rows);
      table.setReading(reading);
      table.declareReferences(references);
      return table;
    }

    /**
     * The agenda's {@code references} (as a sidecar gives them, {@link DeclaredReferences}): rows,
     * or the whole table, republishing rows of other documents.
     */
    private List<org.agendacheck.model.RefDeclaration> references() throws IOException {
      JsonLocation at = p.currentLocation();
      com.fasterxml.jackson.databind.JsonNode n =
          Tree.MAPPER.readTree(p);
      try {
        return DeclaredReferences.parse(n, false, "the agenda's references");
      } catch (IllegalArgumentException e) {
        throw new Invalid(e.getMessage(), at);
      }
    }

    /** How sure a position-based reader was of the table, as {@code extract} writes it. */
    private org.agendacheck.model.TableReading reading() throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw invalid("\"reading\" must be an object, found " + describe(p.currentToken()));
      }
      String method = null;
      int[] counts = new int[4];
      java.util.List<String> names = List.of("rows", "completeRows", "values", "alignedValues");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        int at = names.indexOf(field);
        if (field.equals("method")) {
          method = text("method");
        } else if (at >= 0) {
          if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw invalid("\"reading\"." + field + " must be a whole number, found "
                + describe(p.currentToken()));
          }
          counts[at] = p.getIntValue();
        } else {
          p.skipChildren();
        }
      }
      return new org.agendacheck.model.TableReading(method, counts[0], counts[1], counts[2],
          counts[3]);
    }

    private String text(String field) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw invalid("\"" + field + "\" must be a string, found " + describe(p.currentToken()));
      }
      return p.getText();
    }

    private String shared(String text) {
      return text == null ? null : sections.computeIfAbsent(text, t -> t);
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
      boolean exactTotals = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        switch (field) {
          case "step" -> {
            if (!v.isNumeric()) {
              throw invalid("\"rounding.step\" must be a number, found " + describe(v));
            }
            step = p.getDecimalValue();
            if (!inRange(step)) {
              throw invalid("\"rounding.step\" is out of range: " + p.getText());
            }
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
          case "totals" -> {
            Boolean exact = Rounding.parseTotals(text("rounding.totals"));
            if (exact == null) {
              throw invalid("\"rounding.totals\" must be exact or interval, found \""
                  + p.getText() + "\"");
            }
            exactTotals = exact;
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
      return new Rounding(mode, step, exactTotals);
    }

    private List<Column> columns() throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw invalid("\"columns\" must be an array of strings or objects, found "
            + describe(p.currentToken()));
      }
      List<Column> out = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        String where = "columns[" + out.size() + "]";
        if (t == JsonToken.START_OBJECT) {
          out.add(column(where));
        } else {
          out.add(Column.classify(text(where)));
        }
      }
      return out;
    }

    /** A column object: {"key": "Total 2014-2020", "role": "total", "formula": "A + B"}. */
    private Column column(String where) throws IOException {
      JsonLocation at = p.currentTokenLocation();
      String key = null;
      String role = null;
      String formula = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "key" -> key = text(where + ".key");
          case "role" -> role = optionalText(where + ".role");
          case "formula" -> formula = optionalText(where + ".formula");
          default -> p.skipChildren();
        }
      }
      if (key == null) {
        throw new Invalid(where + " has no \"key\"", at);
      }
      try {
        return Column.declared(key, role, formula);
      } catch (IllegalArgumentException e) {
        throw new Invalid(e.getMessage(), at);
      }
    }

    private List<Row> rows() throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw invalid("\"rows\" must be an array of objects, found " + describe(p.currentToken()));
      }
      // Each row is built as it is read; only a row whose label starts with a number keeps what was
      // read, since a table that prints one formula in a label numbers its rows (every leading
      // number is an id), which is known only at its end.
      List<Row> out = new ArrayList<>();
      java.util.Map<Integer, RowData> leadingNumber = new java.util.HashMap<>();
      boolean numbered = false;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        RowData r = row(out.size() + 1);
        numbered |= r.printed != null && r.printed.formula() != null;
        if (r.printed != null && r.printed.id() != null && r.printed.formula() == null) {
          leadingNumber.put(out.size(), r);
        }
        out.add(r.build(false));
      }
      if (numbered) {
        leadingNumber.forEach((i, r) -> out.set(i, r.build(true)));
      }
      notes.forEach((n, texts) -> out.get(n - 1).noted(texts));
      notes.clear();
      return out;
    }

    /** A row as read, before the table decides whether leading numbers in labels are ids. */
    private record RowData(String id, String label, String section, RowRole role, Formula formula,
        List<Cell> values, Ref ref, int line, int col, LabelFormula printed, List<Formula> more,
        boolean itemGiven) {
      Row build(boolean numbered) {
        if (printed != null && (printed.formula() != null || numbered && printed.id() != null)) {
          return new Row(printed.id(), printed.label(), section, role, printed.formula(), values, ref,
              line, col).withRelations(printed.formula() == null ? List.of() : printed.more(),
              itemGiven);
        }
        Row r = new Row(id, label, section, role, formula, values, ref, line, col);
        return formula == null ? r : r.withRelations(more, itemGiven);
      }
    }

    /** The footnote texts of rows by their 1-based number in the table being read. */
    private final java.util.Map<Integer, List<String>> notes = new java.util.HashMap<>();

    /** A row's {@code notes}: the texts of the footnotes its label refers to. */
    private List<String> notes(int n) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw invalid("row " + n + ": \"notes\" must be an array of strings");
      }
      List<String> out = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          throw invalid("row " + n + ": \"notes\" must be an array of strings");
        }
        out.add(p.getText());
      }
      return out;
    }

    private RowData row(int n) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw invalid("row " + n + " must be an object, found " + describe(p.currentToken()));
      }
      JsonLocation at = p.currentTokenLocation();
      String label = null;
      String section = null;
      RowRole role = RowRole.ITEM;
      List<Cell> values = null;
      Ref ref = null;
      String id = null;
      String formulaText = null;
      // "formula" may be one formula or an array of them: a row may state several relations.
      List<String> formulaTexts = new ArrayList<>();
      List<JsonLocation> formulaAts = new ArrayList<>();
      boolean roleGiven = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "label" -> label = text("rows[" + n + "].label");
          case "section" -> section = shared(optionalText("rows[" + n + "].section"));
          case "role" -> {
            String name = text("rows[" + n + "].role");
            role = RowRole.parse(name);
            roleGiven = true;
            if (role == null) {
              throw invalid("row " + n + ": \"role\" must be item, subtotal, total or memo, "
                  + "found \"" + name + "\"");
            }
          }
          case "values" -> values = values(n);
          case "ref" -> ref = ref(n);
          case "notes" -> notes.put(n, notes(n));
          case "id" -> id = p.currentToken().isNumeric() ? p.getText() : optionalText("rows[" + n + "].id");
          case "formula" -> {
            if (p.currentToken() == JsonToken.START_ARRAY) {
              while (p.nextToken() != JsonToken.END_ARRAY) {
                formulaAts.add(p.currentTokenLocation());
                formulaTexts.add(text("rows[" + n + "].formula[" + formulaTexts.size() + "]"));
              }
              if (formulaTexts.isEmpty()) {
                throw invalid("row " + n + ": \"formula\" is an empty array; give one formula or"
                    + " several");
              }
            } else {
              formulaAts.add(p.currentTokenLocation());
              String one = optionalText("rows[" + n + "].formula");
              if (one != null) {
                formulaTexts.add(one);
              } else {
                formulaAts.clear();
              }
            }
            formulaText = formulaTexts.isEmpty() ? null : formulaTexts.get(0);
          }
          default -> p.skipChildren();
        }
      }
      if (label == null) {
        throw new Invalid("row " + n + " has no \"label\"", at);
      }
      if (values == null) {
        throw new Invalid("row " + n + " (" + label + ") has no \"values\" array", at);
      }
      List<Formula> formulas = new ArrayList<>();
      for (int i = 0; i < formulaTexts.size(); i++) {
        try {
          Formula f = Formula.parse(formulaTexts.get(i));
          if (!formulas.contains(f)) {
            formulas.add(f);
          }
        } catch (IllegalArgumentException e) {
          JsonLocation fa = formulaAts.get(i);
          problems.add(Problem.at("formula-unreadable",
              Math.max(fa.getLineNr(), 0), Math.max(fa.getColumnNr(), 0),
              "row", n, "label", label, "detail", e.getMessage()));
        }
      }
      Formula formula = formulas.isEmpty() ? null : formulas.get(0);
      List<Formula> more = formulas.size() > 1 ? formulas.subList(1, formulas.size()) : List.of();
      LabelFormula printed = id == null && formulaText == null ? LabelFormula.of(label) : null;
      return new RowData(id, label, section, role, formula, values, ref,
          Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), printed, more,
          roleGiven && role == RowRole.ITEM);
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
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
            Cell compact = compactNumber(p, line, col);
            if (compact != null) {
              out.add(compact);
              continue;
            }
            BigDecimal amount = p.getDecimalValue();
            out.add(inRange(amount)
                ? Cell.number(amount, plainNumber(p) ? null : p.getText(), line, col)
                : Cell.of(CellKind.INVALID, p.getText(), line, col));
          }
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
      // immutable, so the row keeps this list instead of a copy of it
      return List.copyOf(out);
    }

    /**
     * The cell of a number written as plain digits (an optional minus, digits, an optional
     * fraction) of at most 18 digits, read from the parser's characters without a BigDecimal; null
     * for any other number (an exponent, more digits, a negative starting with 0), which the
     * general path reads. A table of a million rows has six million of them.
     */
    private static Cell compactNumber(JsonParser p, int line, int col) throws IOException {
      char[] chars = p.getTextCharacters();
      int i = p.getTextOffset();
      int end = i + p.getTextLength();
      boolean negative = i < end && chars[i] == '-';
      if (negative) {
        i++;
        if (i < end && chars[i] == '0') {
          return null;
        }
      }
      long unscaled = 0;
      int digits = 0;
      int scale = -1;
      for (; i < end; i++) {
        char c = chars[i];
        if (c >= '0' && c <= '9') {
          if (++digits > 18) {
            return null;
          }
          unscaled = unscaled * 10 + (c - '0');
          if (scale >= 0) {
            scale++;
          }
        } else if (c == '.' && scale < 0) {
          scale = 0;
        } else {
          return null;
        }
      }
      if (digits == 0 || scale == 0) {
        return null;
      }
      return Cell.number(negative ? -unscaled : unscaled, Math.max(scale, 0), line, col);
    }

    /** True when the number is written as its plain digits (no exponent): no text is kept. */
    private static boolean plainNumber(JsonParser p) throws IOException {
      char[] chars = p.getTextCharacters();
      int end = p.getTextOffset() + p.getTextLength();
      for (int i = p.getTextOffset(); i < end; i++) {
        if (chars[i] == 'e' || chars[i] == 'E') {
          return false;
        }
      }
      return p.getTextLength() < 2 || chars[p.getTextOffset()] != '-' || chars[p.getTextOffset() + 1] != '0';
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

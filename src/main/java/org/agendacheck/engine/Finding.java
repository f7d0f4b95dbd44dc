package org.agendacheck.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Column;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One thing a rule found wrong, with its place in the source.
 *
 * <p>Rules emit findings one way: {@code insert(Finding.on(drools, $subject).message("..."))}, where
 * the subject is what the finding is about (a cell, row, column, table, or a derived fact: {@link
 * SumCheck}, {@link FormulaTerm}, {@link FormulaRow}, {@link ReferencePair}, {@link ReferenceCheck},
 * {@link SourceProblem} or another {@link Located} fact). The rule id and severity come
 * from the rule's own {@code @id} and {@code @severity} metadata, never from the call.
 */
public final class Finding {
  private final String rule;
  private final Severity severity;
  private final String source;
  private final String table;
  private final String row;
  private final String column;
  private final int line;
  private final int col;
  private final int tableIndex;
  private final int rowIndex;
  private final int columnIndex;
  private String message = "";
  private String expected;
  private String actual;
  private Object origin;
  private String rowId;
  private String location;

  private Finding(String rule, Severity severity, String source, String table, int tableIndex,
      String row, int rowIndex, String column, int columnIndex, int line, int col) {
    this.rule = rule;
    this.severity = severity;
    this.source = source;
    this.table = table;
    this.tableIndex = tableIndex;
    this.row = row;
    this.rowIndex = rowIndex;
    this.column = column;
    this.columnIndex = columnIndex;
    this.line = line;
    this.col = col;
  }

  /**
   * Starts a finding of the firing rule about a subject. The id and severity are read from the
   * rule's metadata.
   */
  public static Finding on(RuleContext drools, Object subject) {
    Map<String, Object> meta = drools.getRule().getMetaData();
    String id = Objects.toString(meta.get("id"), drools.getRule().getName());
    Severity severity = Severity.parse(Objects.toString(meta.get("severity"), null));
    return at(id, severity == null ? Severity.ERROR : severity, subject);
  }

  /** A finding of the given rule about a subject; for callers outside a rule. */
  public static Finding at(String rule, Severity severity, Object subject) {
    Object s = subject;
    if (s instanceof SumCheck c) {
      s = c.getPublished();
    } else if (s instanceof ReferencePair p) {
      s = p.cell();
    } else if (s instanceof ReferenceCheck r) {
      s = r.row();
    } else if (s instanceof FormulaTerm t) {
      s = t.getOwner();
    } else if (s instanceof FormulaRow r) {
      s = r.row();
    }
    Finding f;
    if (s instanceof Cell c && c.getRow() != null) {
      Row r = c.getRow();
      Column k = c.getColumn();
      f = new Finding(rule, severity, sourceOf(r.getTable()), r.getTable().getId(),
          tableIndex(r.getTable()), r.getLabel(), r.getIndex(), k.getKey(), k.getIndex(),
          c.getLine() > 0 ? c.getLine() : r.getLine(), c.getLine() > 0 ? c.getCol() : r.getCol());
    } else if (s instanceof Row r) {
      f = new Finding(rule, severity, sourceOf(r.getTable()), r.getTable().getId(),
          tableIndex(r.getTable()), r.getLabel(), r.getIndex(), null, -1, r.getLine(), r.getCol());
    } else if (s instanceof Column k) {
      Table t = k.getTable();
      f = new Finding(rule, severity, sourceOf(t), t.getId(), tableIndex(t), null, -1, k.getKey(),
          k.getIndex(), 0, 0);
    } else if (s instanceof Table t) {
      f = new Finding(rule, severity, sourceOf(t), t.getId(), tableIndex(t), null, -1, null, -1, 0, 0);
    } else if (s instanceof SourceProblem p) {
      f = new Finding(rule, severity, p.document().source(), null, -1, null, -1, null, -1,
          p.problem().line(), p.problem().col());
    } else if (s instanceof Located l) {
      f = new Finding(rule, severity, l.source(), l.table(), -1, l.row(), -1, l.column(), -1,
          l.line(), l.col());
    } else {
      throw new IllegalArgumentException("a finding needs a cell, row, column, table or problem: "
          + subject);
    }
    if (s instanceof Cell c && c.getRow() != null) {
      f.location = c.getLocation() != null ? c.getLocation() : c.getRow().getLocation();
    } else if (s instanceof Row r) {
      f.location = r.getLocation();
    }
    f.origin = subject;
    if (s instanceof Cell c && c.getRow() != null) {
      f.rowId = c.getRow().getId();
    } else if (s instanceof Row r) {
      f.rowId = r.getId();
    }
    return f;
  }

  private static String sourceOf(Table t) {
    return t.getDocument() == null ? t.getId() : t.getDocument().source();
  }

  private static int tableIndex(Table t) {
    return t.getDocument() == null ? 0 : t.getDocument().tables().indexOf(t);
  }

  /** Sets the message; returns this finding. */
  public Finding message(String text) {
    this.message = Objects.requireNonNull(text);
    return this;
  }

  /** Sets the expected value (amounts are shown in plain digits); returns this finding. */
  public Finding expected(Object value) {
    this.expected = show(value);
    return this;
  }

  /** Sets the actual value; returns this finding. */
  public Finding actual(Object value) {
    this.actual = show(value);
    return this;
  }

  private static String show(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return SumCheck.plain(d);
    }
    return v.toString();
  }

  /** This finding with another severity (configuration overrides). */
  public Finding withSeverity(Severity other) {
    Finding f = new Finding(rule, other, source, table, tableIndex, row, rowIndex, column,
        columnIndex, line, col);
    f.message = message;
    f.expected = expected;
    f.actual = actual;
    f.origin = origin;
    f.rowId = rowId;
    f.location = location;
    return f;
  }

  public String getRule() {
    return rule;
  }

  public Severity getSeverity() {
    return severity;
  }

  /** The source name of the document, as it was given. */
  public String getSource() {
    return source;
  }

  /** The id of the table, or null for a finding about the whole source. */
  public String getTable() {
    return table;
  }

  /** The row label, or null. */
  public String getRow() {
    return row;
  }

  /** The id of the row ("7"), for tables whose rows are numbered, or null. */
  public String getRowId() {
    return rowId;
  }

  /** The column key, or null. */
  public String getColumn() {
    return column;
  }

  public String getMessage() {
    return message;
  }

  /** The expected value, or null when it does not apply. */
  public String getExpected() {
    return expected;
  }

  /** The actual value, or null when it does not apply. */
  public String getActual() {
    return actual;
  }

  /** 1-based source line, or 0 when unknown. */
  public int getLine() {
    return line;
  }

  /** 1-based source column, or 0 when unknown. */
  public int getCol() {
    return col;
  }

  /**
   * Where the finding is, in words, for sources without lines ("Sheet1!C5", "table 2, row 5, cell
   * 3"), or null.
   */
  public String getLocation() {
    return location;
  }

  /** 0-based row position in its table, or -1. */
  public int getRowIndex() {
    return rowIndex;
  }

  /** 0-based column position in its table, or -1. */
  public int getColumnIndex() {
    return columnIndex;
  }

  /** 0-based table position in its document, or -1. */
  public int getTableIndex() {
    return tableIndex;
  }

  /** What the finding is about (the fact the rule matched), for embedding callers. */
  public Object getOrigin() {
    return origin;
  }

  @Override
  public String toString() {
    return source + ":" + line + ": " + severity.label() + " " + rule + ": " + message;
  }
}

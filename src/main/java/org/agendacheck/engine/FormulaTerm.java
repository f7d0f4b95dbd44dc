package org.agendacheck.engine;

import java.util.List;
import org.agendacheck.model.Column;
import org.agendacheck.model.Row;

/**
 * Fact: one term of a formula with what its names resolved to. A row formula's term names row ids
 * ({@code 6}, or a range {@code 1..6}); a total column's term names a column key.
 */
public final class FormulaTerm {
  private final Object owner;
  private final String formula;
  private final String text;
  private final int weight;
  private final String fromName;
  private final String toName;
  private final Object from;
  private final Object to;
  private final List<Row> rows;

  FormulaTerm(Object owner, String formula, String text, int weight, String fromName, String toName,
      Object from, Object to, List<Row> rows) {
    this.owner = owner;
    this.formula = formula;
    this.text = text;
    this.weight = weight;
    this.fromName = fromName;
    this.toName = toName;
    this.from = from;
    this.to = to;
    this.rows = rows;
  }

  /** The row (or, for a total column's formula, the column) whose formula this term is part of. */
  public Object getOwner() {
    return owner;
  }

  /** True when the term belongs to a total column's formula over column keys. */
  public boolean isColumnTerm() {
    return owner instanceof Column;
  }

  /** The whole formula as written. */
  public String getFormula() {
    return formula;
  }

  /** The term as written. */
  public String getText() {
    return text;
  }

  public int getWeight() {
    return weight;
  }

  /** True for a range of rows ({@code a..b}). */
  public boolean isRange() {
    return toName != null;
  }

  /** True when every name in the term was found. */
  public boolean isKnown() {
    return from != null && (toName == null || to != null);
  }

  /** True for a range whose end row comes before its start row. */
  public boolean isReversed() {
    return isKnown() && isRange() && ((Row) to).getIndex() < ((Row) from).getIndex();
  }

  /** The names that were not found, joined by " and ". */
  public String getUnknownNames() {
    StringBuilder b = new StringBuilder();
    if (from == null) {
      b.append('\'').append(fromName).append('\'');
    }
    if (toName != null && to == null) {
      b.append(b.length() > 0 ? " and " : "").append('\'').append(toName).append('\'');
    }
    return b.toString();
  }

  /** The rows the term adds, in document order (empty for a column term or an unresolved one). */
  public List<Row> getRows() {
    return rows;
  }

  /** The row or column the term starts at, or null. */
  public Object getFrom() {
    return from;
  }

  /** The row a range ends at, or null. */
  public Object getTo() {
    return to;
  }
}

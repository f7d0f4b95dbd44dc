package org.agendacheck.model;

import java.util.List;

/**
 * One budget table: columns, rows and how its figures were rounded. Building a table places every
 * row and cell in it, so each cell knows its row and column.
 */
public final class Table {
  private final String id;
  private final String title;
  private final String unit;
  private final boolean roundingDeclared;
  private final Rounding rounding;
  private final List<Column> columns;
  private final List<Row> rows;
  private final Column lastYear;
  private final Column structural;
  private final String roundingSource;
  private Document document;
  private TableReading reading;
  private List<RefDeclaration> declaredReferences = List.of();

  public Table(String id, String title, String unit, Rounding rounding, List<Column> columns,
      List<Row> rows) {
    this(id, title, unit, rounding, null, columns, rows);
  }

  /**
   * @param roundingSource where the rounding was declared ("footnote 3, line 14: ..."), or null
   *     when it was given with the table itself
   */
  public Table(String id, String title, String unit, Rounding rounding, String roundingSource,
      List<Column> columns, List<Row> rows) {
    this.roundingSource = roundingSource;
    this.id = id;
    this.title = title;
    this.unit = unit;
    this.roundingDeclared = rounding != null;
    this.rounding = rounding == null ? Rounding.NONE : rounding;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    Integer previousYear = null;
    Column last = null;
    Column struc = null;
    for (int i = 0; i < this.columns.size(); i++) {
      Column c = this.columns.get(i);
      c.place(this, i, previousYear);
      if (c.getYear() != null) {
        previousYear = c.getYear();
        last = c;
      } else if (c.isStructural() && struc == null) {
        struc = c;
      }
    }
    this.lastYear = last;
    this.structural = struc;
    // Labels repeat legitimately from one block to the next (per ministry, per year group): a
    // block is a run of rows under one heading, ended by a total, subtotal or formula row; a memo
    // row ("waarvan") is compared only with the other memo rows under the same parent row.
    java.util.Map<String, Row> firstInBlock = new java.util.HashMap<>();
    java.util.Map<String, Row> firstUnderParent = new java.util.HashMap<>();
    java.util.Map<String, Row> firstById = new java.util.HashMap<>();
    String blockSection = null;
    for (int i = 0; i < this.rows.size(); i++) {
      Row row = this.rows.get(i);
      row.place(this, i);
      // Sections compare as subtotals match them: trimmed, any case.
      String section = row.getSection() == null ? null
          : row.getSection().trim().toLowerCase(java.util.Locale.ROOT);
      if (i > 0 && !java.util.Objects.equals(section, blockSection)) {
        firstInBlock = emptied(firstInBlock);
        firstUnderParent = emptied(firstUnderParent);
      }
      blockSection = section;
      if (row.isMemo()) {
        row.setEarlierTwin(firstUnderParent.putIfAbsent(row.getLabelKey(), row));
      } else {
        firstUnderParent = emptied(firstUnderParent);
        row.setEarlierTwin(firstInBlock.putIfAbsent(row.getLabelKey(), row));
        if (row.isTotal() || row.isSubtotal() || row.isFormulaRow()) {
          firstInBlock = emptied(firstInBlock);
        }
      }
      if (row.getId() != null) {
        row.setEarlierIdTwin(firstById.putIfAbsent(row.getId(), row));
      }
    }
  }

  /**
   * A map with nothing in it: a new one in place of one that holds entries. Clearing a map costs
   * the size it once grew to, so a long block followed by many short ones would cost their number
   * times the long one's size.
   */
  private static <K, V> java.util.Map<K, V> emptied(java.util.Map<K, V> map) {
    return map.isEmpty() ? map : new java.util.HashMap<>();
  }

  /** How sure the reader is of this table, for tables found from text positions; else null. */
  public TableReading getReading() {
    return reading;
  }

  /** Records how sure the reader is of this table (see {@link TableReading}). */
  public void setReading(TableReading reading) {
    this.reading = reading;
  }

  void attach(Document document) {
    this.document = document;
  }

  /** The document this table was read from (null until the table is part of one). */
  public Document getDocument() {
    return document;
  }

  public String getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getUnit() {
    return unit;
  }

  public Rounding getRounding() {
    return rounding;
  }

  /** True when the source declared a rounding (a null rounding when built means it did not). */
  public boolean isRoundingDeclared() {
    return roundingDeclared;
  }

  /**
   * Adds references declared beside the source (a sidecar, the configuration). For the read layer,
   * which applies them before a document leaves it.
   */
  public void declareReferences(List<RefDeclaration> declarations) {
    if (!declarations.isEmpty()) {
      List<RefDeclaration> all = new java.util.ArrayList<>(declaredReferences);
      all.addAll(declarations);
      declaredReferences = List.copyOf(all);
    }
  }

  /** The references declared for this table beside its source, in the order declared. */
  public List<RefDeclaration> getDeclaredReferences() {
    return declaredReferences;
  }

  /**
   * Where the rounding came from when a reader found it outside the table's own data (a footnote,
   * a sentence, a sidecar file), or null.
   */
  public String getRoundingSource() {
    return roundingSource;
  }

  public List<Column> getColumns() {
    return columns;
  }

  public int getColumnCount() {
    return columns.size();
  }

  public List<Row> getRows() {
    return rows;
  }

  public int getRowCount() {
    return rows.size();
  }

  /** The last (rightmost) year column, or null when there is none. */
  public Column getLastYearColumn() {
    return lastYear;
  }

  /** The first structural column, or null. */
  public Column getStructuralColumn() {
    return structural;
  }

  /** The first row with the given id, or null. */
  public Row findRowById(String rowId) {
    for (Row r : rows) {
      if (rowId.equals(r.getId())) {
        return r;
      }
    }
    return null;
  }

  /** True when some row has a formula. */
  public boolean isHasFormulaRows() {
    return rows.stream().anyMatch(Row::isFormulaRow);
  }

  /** True when some column is a row-total column. */
  public boolean isHasRowTotalColumn() {
    return columns.stream().anyMatch(Column::isRowTotal);
  }

  /** The column with the given key (trimmed, any case), or null. */
  public Column findColumn(String key) {
    String k = key.trim().toLowerCase(java.util.Locale.ROOT);
    for (Column c : columns) {
      if (c.getKey().trim().toLowerCase(java.util.Locale.ROOT).equals(k)) {
        return c;
      }
    }
    return null;
  }

  /** The row with the given label (trimmed, any case), or null. */
  public Row findRow(String label) {
    String key = label.trim().toLowerCase(java.util.Locale.ROOT);
    for (Row r : rows) {
      if (r.getLabelKey().equals(key)) {
        return r;
      }
    }
    return null;
  }

  /** The column that pairs with the given column of another table, or null. */
  public Column matchingColumn(Column other) {
    String key = other.matchKey();
    for (Column c : columns) {
      if (c.matchKey().equals(key)) {
        return c;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return id;
  }
}

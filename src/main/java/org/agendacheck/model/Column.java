package org.agendacheck.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** A column of a table: its key as published and the part it plays. */
public final class Column {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String key;
  private final ColumnKind kind;
  private final Integer year;
  private final String formula;
  private int index;
  private Integer previousYear;
  private Table table;

  public Column(String key, ColumnKind kind, Integer year) {
    this(key, kind, year, null);
  }

  /**
   * @param key the column key as published
   * @param kind the part it plays
   * @param year the year of a year column, else null
   * @param formula for a total column, the columns it sums ("Voted + Non-voted"); null for the
   *     year columns
   */
  public Column(String key, ColumnKind kind, Integer year, String formula) {
    this.key = key;
    this.kind = kind;
    this.year = year;
    this.formula = formula;
  }

  /**
   * A column declared with a role: "amount" (a non-year amount column), "total" (a row-total
   * column, optionally with a formula over column keys), "structural", "year", or "text" (carried
   * only); null classifies the key as {@link #classify} does.
   *
   * @throws IllegalArgumentException for an unknown role
   */
  public static Column declared(String key, String role, String formula) {
    if (role == null) {
      Column c = classify(key);
      return formula == null ? c : new Column(key, c.kind, c.year, formula);
    }
    return switch (role.trim().toLowerCase(Locale.ROOT)) {
      case "amount" -> new Column(key, ColumnKind.AMOUNT, null, null);
      case "total" -> new Column(key, ColumnKind.TOTAL, null, formula);
      case "structural" -> new Column(key, ColumnKind.STRUCTURAL, null, null);
      case "year" -> {
        Column c = classify(key);
        if (c.year == null) {
          throw new IllegalArgumentException("column '" + key + "' has role year but is not a year");
        }
        yield c;
      }
      case "text", "other" -> new Column(key, ColumnKind.OTHER, null, null);
      default -> throw new IllegalArgumentException("column '" + key
          + "': role must be amount, total, structural, year or text, found '" + role + "'");
    };
  }

  /** For a total column, the formula over column keys it sums, or null (it sums the year columns). */
  public String getFormula() {
    return formula;
  }

  /** True for a row-total column. */
  public boolean isRowTotal() {
    return kind == ColumnKind.TOTAL;
  }

  /**
   * Classifies a column key: a four-digit string is a year; "structureel", "structural", "struc." and
   * "structureel p/j" (any case) are the structural column; anything else is carried only.
   */
  public static Column classify(String key) {
    String k = key.trim();
    if (YEAR.matcher(k).matches()) {
      return new Column(key, ColumnKind.YEAR, Integer.valueOf(k));
    }
    String lower = SPACES.matcher(k.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return switch (lower) {
      case "structureel", "structural", "struc.", "structureel p/j" ->
          new Column(key, ColumnKind.STRUCTURAL, null);
      default -> new Column(key, ColumnKind.OTHER, null);
    };
  }

  public String getKey() {
    return key;
  }

  public ColumnKind getKind() {
    return kind;
  }

  /** The year of a year column, else null. */
  public Integer getYear() {
    return year;
  }

  /** The year of the nearest year column to the left, or null for the first year column. */
  public Integer getPreviousYear() {
    return previousYear;
  }

  /** 0-based position in the table. */
  public int getIndex() {
    return index;
  }

  public boolean isAmount() {
    return kind.isAmount();
  }

  public boolean isStructural() {
    return kind == ColumnKind.STRUCTURAL;
  }

  public Table getTable() {
    return table;
  }

  void place(Table table, int index, Integer previousYear) {
    this.table = table;
    this.index = index;
    this.previousYear = previousYear;
  }

  /**
   * The identity used to pair columns across tables: the year for year columns, "structural" for
   * the structural column, else the key.
   */
  public String matchKey() {
    return switch (kind) {
      case YEAR -> year.toString();
      case STRUCTURAL -> "structural";
      case AMOUNT, TOTAL, OTHER -> key.trim().toLowerCase(Locale.ROOT);
    };
  }

  @Override
  public String toString() {
    return key;
  }
}

package org.agendacheck.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** A column of a table: its key as published and the part it plays. */
public final class Column {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final String key;
  private final ColumnKind kind;
  private final Integer year;
  private int index;
  private Integer previousYear;
  private Table table;

  public Column(String key, ColumnKind kind, Integer year) {
    this.key = key;
    this.kind = kind;
    this.year = year;
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
    String lower = k.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
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
      case OTHER -> key.trim().toLowerCase(Locale.ROOT);
    };
  }

  @Override
  public String toString() {
    return key;
  }
}

package org.agendacheck.model;

/**
 * A reference declared beside a document rather than in it (in a sidecar {@code NAME.meta.json} or
 * in {@code agendacheck.json}): a row of a table republishes a row of another document, or, with
 * no row, every row of the table republishes the row with the same label there.
 *
 * @param table the id of the republishing table; null in a sidecar, which speaks of its own source
 * @param row the label of the republishing row, or null for the whole table
 * @param target the republished document and row; its row is null for a whole table (rows match
 *     by label)
 * @param origin where the declaration was read ("sidecar nds.meta.json", "agendacheck.json")
 */
public record RefDeclaration(String table, String row, Ref target, String origin) {
  /** True when the whole table republishes another's rows by label. */
  public boolean isWholeTable() {
    return row == null;
  }
}

package org.agendacheck.engine;

import org.agendacheck.model.Row;

/**
 * Fact: a row without a declared reference that is checked as republishing a row of another table
 * of the run, because its label names that table and its figures equal that row's in most
 * columns. Its cells are compared as {@link ReferencePair}s, as a declared reference's are.
 *
 * @param row the republishing row
 * @param targetRow the row it republishes
 * @param word the word of the label that names the other table
 * @param where where that word stands in the other table ("title", "id")
 * @param equal how many compared columns hold the same amount
 * @param compared how many columns both rows hold a known amount in
 */
public record InferredReference(Row row, Row targetRow, String word, String where, int equal,
    int compared) {
  /**
   * The arguments of the info that says what the reference was inferred from: the row and table
   * republished, the word and where it stands (a phrase {@code phrase.table-<where>}), and how
   * many figures agree. The republished row's cells took part.
   */
  public Args args() {
    return new Args(null, Args.pairs(new Object[] {"targetRow", targetRow.getLabel(),
        "targetTable", targetRow.getTable().getId(), "word", word,
        "where", Phrase.of("phrase.table-" + where), "equal", equal, "compared", compared}),
        targetRow.getCells());
  }
}

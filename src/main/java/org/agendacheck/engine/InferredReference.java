package org.agendacheck.engine;

import org.agendacheck.model.Row;

/**
 * Fact: a row without a declared reference that is checked as republishing a row of another table
 * of the run, because its label (or its footnote) names that table and its figures equal that row's in most
 * columns. Its cells are compared as {@link ReferencePair}s, as a declared reference's are.
 *
 * @param row the republishing row
 * @param targetRow the row it republishes
 * @param word the word of the label (or of its footnote) that names the other table
 * @param where where that word stands in the other table, {@code title} or {@code id}, after
 *     {@code footnote-} when the word is in a footnote of the label rather than the label (the
 *     variant of the message)
 * @param equal how many compared columns hold the same amount
 * @param compared how many columns both rows hold a known amount in
 */
public record InferredReference(Row row, Row targetRow, String word, String where, int equal,
    int compared) {
  /** The arguments of the info's message: what the reference was inferred from. */
  public Args args() {
    return Args.of(where, "targetRow", targetRow.getLabel(), "targetTable",
        targetRow.getTable().getId(), "word", word, "equal", equal, "compared", compared);
  }
}

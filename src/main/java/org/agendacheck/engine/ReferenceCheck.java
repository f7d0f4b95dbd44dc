package org.agendacheck.engine;

import org.agendacheck.model.Ref;
import org.agendacheck.model.RefDeclaration;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;

/**
 * Fact: a row that references a row of another document (by its own {@code ref}, or by a
 * declaration beside its source), with what the reference resolved to.
 *
 * @param table the referencing table
 * @param row the referencing row, or null when a declaration names a row the table does not have
 * @param ref the reference: the document and row it names
 * @param declaration the declaration the reference comes from, or null for the row's own {@code ref}
 * @param targetTable the referenced document's table, or null when no validated document has that id
 * @param targetRow the referenced row, or null when it was not found
 */
public record ReferenceCheck(Table table, Row row, Ref ref, RefDeclaration declaration,
    Table targetTable, Row targetRow) implements ResolvableReference {
  /** A row's own reference. */
  public ReferenceCheck(Row row, Table targetTable, Row targetRow) {
    this(row.getTable(), row, row.getRef(), null, targetTable, targetRow);
  }

  @Override
  public boolean isResolved() {
    return row != null && targetRow != null;
  }

  /** What a finding about this reference is about: the row, or the table when the row is missing. */
  @Override
  public Object subject() {
    return row != null ? row : table;
  }

  /**
   * The arguments of the message that the reference does not resolve: variant {@code no-document},
   * {@code no-source-row} (a declaration names a row this table does not have) or {@code no-row}.
   */
  @Override
  public Args unresolved() {
    String doc = ref.document();
    if (targetTable == null) {
      return Args.of("no-document", "document", doc);
    }
    if (row == null) {
      return Args.of("no-source-row", "row", declaration.row(), "document", doc,
          "declaredIn", declaration.origin());
    }
    return Args.of("no-row", "document", doc, "targetRow", ref.row());
  }
}

package org.agendacheck.engine;

import org.agendacheck.model.Row;
import org.agendacheck.model.Table;

/**
 * Fact: a row that references a row of another document, with what the reference resolved to.
 *
 * @param row the referencing row
 * @param targetTable the referenced document's table, or null when no validated document has that id
 * @param targetRow the referenced row, or null when it was not found
 */
public record ReferenceCheck(Row row, Table targetTable, Row targetRow) {
  public boolean isResolved() {
    return targetRow != null;
  }

  /**
   * The arguments of the message that the reference does not resolve: variant {@code no-document}
   * or {@code no-row}.
   */
  public Args unresolved() {
    String doc = row.getRef().document();
    if (targetTable == null) {
      return Args.of("no-document", "document", doc);
    }
    return Args.of("no-row", "document", doc, "targetRow", row.getRef().row());
  }
}

package org.agendacheck.engine;

import org.agendacheck.model.Cell;
import org.agendacheck.model.CellFormula;
import org.agendacheck.model.Document;

/**
 * Fact: a spreadsheet cell whose formula is one cell of another sheet or workbook ({@code
 * =NDS!G20}, {@code =[nds.xlsx]NDS!G20}), with the cell it resolved to. A resolved one is compared
 * as a {@link ReferencePair}, as a declared reference's cells are.
 *
 * @param cell the republishing cell
 * @param reference the cell its formula names
 * @param targetDocument the document of that workbook among the run's, or null
 * @param target the cell of a table read from that sheet, or null
 */
public record FormulaReference(Cell cell, CellFormula.SheetReference reference,
    Document targetDocument, Cell target) implements ResolvableReference {
  @Override
  public boolean isResolved() {
    return target != null;
  }

  /**
   * The arguments of the message that the reference does not resolve: variant {@code
   * no-workbook} (the workbook is not among the validated files) or {@code no-cell} (the cell is
   * no cell of a table read from it).
   */
  @Override
  public Args unresolved() {
    if (targetDocument == null) {
      return Args.of("no-workbook", "formula", reference.text(), "workbook", reference.workbook());
    }
    String name = targetDocument.source().replace('\\', '/');
    return Args.of("no-cell", "formula", reference.text(), "document",
        name.substring(name.lastIndexOf('/') + 1));
  }

  @Override
  public Object subject() {
    return cell;
  }
}

package org.agendacheck.report.view;

import java.util.List;
import org.agendacheck.engine.Severity;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Document;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;

/**
 * One finding as the visual reports show it.
 *
 * @param index the finding's 0-based place in the report order
 * @param severity its severity
 * @param rule the rule id
 * @param message the message, in the report's language
 * @param source the source as it was given
 * @param where its place in words ("NDS!D20", "table 1, row 13, cell 5", "14:44"), or ""
 * @param document the document it is in, or null when the model does not say
 * @param table the table it is about, or null for a finding about the whole source
 * @param row the row it is about, or null
 * @param cell the cell it is about, or null for a finding about a row, column or table
 * @param contributing the cells that took part (the parts of a sum, the referenced cell)
 * @param arithmetic the arithmetic written out, or null when the finding is not about a sum
 * @param sheetPlace the workbook cell, or null when the source is not a workbook
 * @param wordPlace the Word table cell, or null when the source is not a Word document
 * @param alsoAt the further cells of the finding's slip (one finding naming several cells), each
 *     marked as the finding's own cell is
 */
public record FindingView(int index, Severity severity, String rule, String message,
    String source, String where, Document document, Table table, Row row, Cell cell,
    List<Cell> contributing, Arithmetic arithmetic, SheetPlace sheetPlace, WordPlace wordPlace,
    List<Cell> alsoAt) {
  public FindingView {
    contributing = List.copyOf(contributing);
    alsoAt = List.copyOf(alsoAt);
  }

  /** A finding of one cell. */
  public FindingView(int index, Severity severity, String rule, String message, String source,
      String where, Document document, Table table, Row row, Cell cell, List<Cell> contributing,
      Arithmetic arithmetic, SheetPlace sheetPlace, WordPlace wordPlace) {
    this(index, severity, rule, message, source, where, document, table, row, cell, contributing,
        arithmetic, sheetPlace, wordPlace, List.of());
  }
}

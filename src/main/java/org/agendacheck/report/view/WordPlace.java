package org.agendacheck.report.view;

/**
 * A cell of a table in a Word document, counted as the reader counts: every table of the body in
 * order, every row of the table, every cell of the row.
 *
 * @param table 0-based table index in the document body
 * @param row 0-based row index in the table
 * @param cell 0-based cell index in the row, or -1 for the whole row
 */
public record WordPlace(int table, int row, int cell) {}

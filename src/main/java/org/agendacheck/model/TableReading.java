package org.agendacheck.model;

/**
 * How sure a reader is of a table it found from where text stands on a page (a PDF), rather than
 * from a structure the source states (cells of a sheet, an HTML or Word table): how many of its
 * rows have a value in every column, and how many of its values line up with the others of their
 * column (same left edge, right edge or center). A table read cleanly has both counts full.
 *
 * @param method how the table was found ("text positions")
 * @param rows the rows with values
 * @param completeRows the rows with a value in every column
 * @param values the values read
 * @param alignedValues the values in line with their column
 */
public record TableReading(String method, int rows, int completeRows, int values,
    int alignedValues) {
  /** True when some row lacks a value or some value stands out of line. */
  public boolean isUncertain() {
    return completeRows < rows || alignedValues < values;
  }

  /** The counts in words: "12 of 13 rows have a value in every column, 77 of 78 values aligned". */
  public String describe() {
    return completeRows + " of " + rows + " rows have a value in every column, " + alignedValues
        + " of " + values + " values are aligned with their column";
  }
}
